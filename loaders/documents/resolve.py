"""From a span of text to a resolved entity in the document's facts."""

from __future__ import annotations

import importlib
import re
from collections import Counter
from functools import lru_cache

from munigraph.graph.resolution import orgs, people, places
from munigraph.graph.text import clean, fold
from munigraph.loaders.documents import dates, lexicon, region_chains
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import find_word, guarded

_CAPITALISED = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ0-9][\w'’.&-]*|[a-z]{1,3}|d'\w+|l'\w+)(?:\s+(?:[A-ZÀ-ÖØ-Þ0-9][\w'’.&-]*|de|du|des|la|le|les|of|the|for|and|et|y|del|el|los|las|für|van|von|d'\w+|l'\w+|[a-zà-ÿ'’-]+))*$"
)
_ORG_HEADS = re.compile(
    r"\b(?:" + "|".join(sorted(orgs.HEAD_WORDS, key=len, reverse=True)) + r"|secr[ée]tariat|secretariat|secretar[ií]a|"
    r"minist[eè]re|ministry|ministerio|banque|bank|banco|city of|ville de|ciudad de|municipalit[ée]|municipality|"
    r"municipio|ayuntamiento|mairie|r[ée]gion|region|gouvernement|government|gobierno|nations unies|united nations|"
    r"naciones unidas|ong|ngo|society|soci[ée]t[ée]|sociedad|initiative|iniciativa|group|groupe|grupo|partnership|"
    r"partenariat|campaign|campagne|campaña|secretariat|bureau|office|cities|villes|ciudades|mayors|maires|alcaldes|"
    r"alliance|alianza|institute|foundation|trust|council|commission|agency)\b",
    re.I,
)


def add_org(facts: DocumentFacts, span: tuple[int, int], acronym: str | None = None) -> str:
    """The body named at ``span`` (table, acronym or generic name rule)."""
    span = _without_article(facts, span)
    known = facts.bodies.get(span)
    if known:  # a council a rule read there (loaders.documents.bodies): its owner is in its id
        entity = facts.entities[known]
        facts.entity(entity.kind, known, entity.name, span, [], {}, surface_is_alias=False)
        return known
    surface = facts.surface(*span)
    match = org_match(facts, span, acronym)
    props: dict = {"country": match.country} if match.country else {}
    if match.kind in ("Organisation", "Section") and match.acronym:
        props["acronym"] = match.acronym
    if match.kind == "Organisation" and match.org_kind:
        props["kind"] = match.org_kind
    aliases = [acronym] if acronym else []
    entity_id = match.id if match.id in facts.entities else _named_before(facts, match, surface) or match.id
    facts.entity(
        match.kind,
        entity_id,
        match.name,
        span,
        aliases,
        props,
        merge={"rule": f"org:{match.rule}", "score": match.score},
    )
    # a section's name ("CGLU Afrique") names the world organisation but does not state that the
    # section is one of its sections (the annotations leave SECTION_OF to the text's words)
    if match.rule == "generic-owner" and match.parent in facts.entities:  # the page's own "Comisión de Cultura"
        facts.relate("PART_OF", entity_id, match.parent, span)
    elif match.parent and (match.org_kind == "committee" or match.kind == "Council"):
        _relate_parent(facts, match, span, surface)
    return entity_id


def org_match(facts: DocumentFacts, span: tuple[int, int], acronym: str | None = None) -> orgs.OrgMatch:
    """The body named at ``span``: the table's, a generic id, or, for a generic name of a known
    council ("Comisión de Cultura"), the body of the owner the page gives."""
    surface = facts.surface(*span)
    match = orgs.resolve_org(surface, acronym, facts.entry_country)
    if orgs.generic_name(match, surface):
        owner = _generic_owner(facts, match.parent, span)
        match = match if owner == match.parent else orgs.resolve_generic(surface, match.kind, owner)
    return match


def _generic_owner(facts: DocumentFacts, parent: str, span: tuple[int, int]) -> str | None:
    """Whose a body named by a generic phrase is: the known ``parent`` when the same sentence or
    line names it, else the body the page speaks for (if any)."""
    record = _table_body(parent)
    forms = [fold(f) for f in (record.name, *record.aliases, record.acronym or "") if len(f) > 1] if record else []
    line = facts.context.line_at(span[0])
    for unit in filter(None, (facts.context.sentence_at(span[0]), (line.start, line.end))):
        text = fold(facts.view[unit[0] : unit[1]])
        if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms):
            return parent
    from munigraph.loaders.documents.bodies import page_owner  # bodies reads its bodies through this module

    return page_owner(facts)


def _table_body(body_id: str) -> orgs.OrgMatch | None:
    """The table's record of the body ``body_id``."""
    return next((orgs.lookup_known(f) for f, i in orgs.known_forms().items() if i == body_id), None)


def _named_before(facts: DocumentFacts, match: orgs.OrgMatch, surface: str) -> str | None:
    """The body of this kind the document already named with this very name ("la Federación de X (FX)"
    read under its acronym's id, then "la Federación de X" alone): one body, not two. Not a body of
    another country ("Ministère des Affaires étrangères" of France and of Morocco)."""
    folded = fold(_LEADING_ARTICLE.sub("", surface))
    if len(folded.split()) < 2 or match.country:
        return None  # a one-word name may be two bodies' acronym
    return next(
        (
            i
            for i, e in facts.entities.items()
            if e.kind == match.kind
            and not e.props.get("country")
            and any(fold(_LEADING_ARTICLE.sub("", f)) == folded for f in (e.name, *e.aliases))
        ),
        None,
    )


def _relate_parent(facts: DocumentFacts, match: orgs.OrgMatch, span: tuple[int, int], surface: str) -> None:
    """A body whose mention names its parent ("Commission de CGLU", "CGLU-Afrique") is part of it."""
    parent = _table_body(match.parent)
    if parent is None:
        return
    forms = [parent.name, *parent.aliases, parent.acronym or ""]
    if not any(f and find_word(fold(surface), fold(f)) >= 0 for f in forms):
        return
    facts.entity(parent.kind, parent.id, parent.name, span, [], {}, surface_is_alias=False)
    facts.relate("PART_OF", match.id, parent.id, span)


_LEADING_ARTICLE = re.compile(r"^(?:(?:le|la|les|the|el|los|las)\s+|l'\s*)(?=[A-ZÀ-Þ])")


def _without_article(facts: DocumentFacts, span: tuple[int, int]) -> tuple[int, int]:
    """ "l'Association des ..." is named "Association des ..." (the article is not part of the name)."""
    m = _LEADING_ARTICLE.match(facts.view[span[0] : span[1]])
    return (span[0] + m.end(), span[1]) if m else span


def add_person(facts: DocumentFacts, span: tuple[int, int]) -> str:
    surface = people.strip_titles(facts.surface(*span))
    person_id = _titled_surname(facts, surface) or people.person_id(surface)
    facts.entity(
        "Person",
        person_id,
        surface,
        span,
        [surface],
        merge={"rule": "person:fold-case-accents-titles", "score": 1.0},
        surface_is_alias=False,
    )
    return person_id


def _titled_surname(facts: DocumentFacts, surface: str) -> str | None:
    """ "Mayor Mallory" after "Mark Mallory, Mayor of Cincinnati": a title and one surname name
    the one person read before whose name ends with that surname (none when two do)."""
    title = people.leading_title(surface)
    surname = surface[title:].strip()
    if not title or " " in surname:
        return None
    folded = fold(surname)
    found = {
        i
        for i, e in facts.entities.items()
        if e.kind == "Person" and " " in e.name and fold(e.name.split()[-1]) == folded
    }
    return found.pop() if len(found) == 1 else None


_DISTRICT_BEFORE = re.compile(
    r"(?<![\w-])(?i:" + lexicon.words_re("district_nouns") + r")\s+(?:(?:de|du|des|of|of the|del)\s+|d['’]\s*)?$"
)


def add_city(
    facts: DocumentFacts,
    span: tuple[int, int],
    name: str | None = None,
    min_score: float = 0.6,
    context: bool | tuple[str, ...] = True,
) -> str | None:
    """The city named at ``span`` when the gazetteer knows it, else None; ``context``: the countries
    that decide between namesakes (True: those the text names; False: none, for a list of cities
    of many countries)."""
    name = clean(name or facts.surface(*span))
    if re.search(r"[^\W\d_A-ZÀ-Þ]\.$", name):  # "maire de Sceaux." ends a sentence: the full stop is no part
        name, span = name[:-1], (span[0], span[1] - 1 if facts.view[span[1] - 1 : span[1]] == "." else span[1])
    if not name or not name[0].isupper() or len(name.split()) > 5:  # "San José de Costa Rica"
        return None
    if _DISTRICT_BEFORE.search(facts.view, max(0, span[0] - 30), span[0]):
        return None  # "dans le quartier de Bingo": a part of a town, whatever town elsewhere bears the name
    if span in region_chains.region_spans(facts.view):
        return None  # "Rosario, Santa Fe, Argentina": the province, whatever town elsewhere bears its name
    if fold(name) in lexicon.folded_set("not_cities"):
        return None  # "en sesión de Cabildo": the town's council, whatever Chilean town bears the name
    if fold(name) in lexicon.folded_set("common_word_places", facts.language):
        return None  # "la Red", "la Ville", "Provost": a word of the page's language, not a village of that name
    if not isinstance(context, tuple) and _grammar_word(name, facts.language):
        return None  # "She is a member", "succède à Mme Koné", "POUR TOUS": no town, unless a country is named by it
    # the text's countries are weak evidence; a country the caller read by the name (its agenda entry's,
    # a bracket's) decides whatever the standing of the namesake there
    countries = facts.countries if context is True else ()
    near = context if isinstance(context, tuple) else (facts.entry_country,) if context and facts.entry_country else ()
    if context is True and not near:
        near = _countries_near(facts, span)  # "Ecuador fund: works begin in Sucre": the sentence's country
    same = page_reading(facts, name) if context is True else None
    other, apart = _set_apart(facts, name, span) if context is True else (frozenset(), ())
    if other:  # "Granada ... la homónima nicaragüense, Granada (Nicaragua)": the bare name is the other one,
        countries = ()  # the town the name means on its own (the page's other countries are its other towns')
        near = tuple(c for c in near if c not in other)
        same = None if same and facts.entities[same].props.get("country") in other else same
    home = _home_country(facts, name, span) if context is True and not near else None
    if same and home and facts.entities[same].props.get("country") != home and _qualified(facts, same):
        apart, same = (
            (*apart, facts.entities[same].props.get("geonames_id") or 0),
            None,
        )  # "Toledo (Ohio)", then "Toledo"
    if same and (
        not near or facts.entities[same].props.get("country") in near
    ):  # one name, one place per page: "La Paz (Bolivia)", then "La Paz" or "Paz" in a list
        facts.entity("City", same, facts.entities[same].name, span, [name], {}, surface_is_alias=False)
        return same
    match = places.resolve_city(
        name, language=facts.language, context_countries=countries, near_countries=near, exclude=apart
    )
    bare = re.sub(r"\s*\([^()]*\)$", "", name)
    if match is None and bare != name:  # a qualifier the gazetteer does not know: "Teruel (Aragón)"
        match = places.resolve_city(bare, language=facts.language, context_countries=countries, near_countries=near)
    if match is not None and home and match.country != home:
        match = _home_namesake(facts, name, (home,), match, apart, HOME_POPULATION_SHARE)
    elif match is not None and context is True and not near and not home and not facts.countries:
        spoken = places.language_countries(facts.language)  # "Ville de Brest" on a French page, nothing else named
        if (
            match.country not in spoken
            and places.resolve_country(name) != match.country  # Luxembourg is Luxembourg's
            and not _towns_in(facts, match.country)  # the page's other towns there are evidence: "maire de Minsk"
        ):
            match = _home_namesake(facts, name, spoken, match, apart, LANGUAGE_POPULATION_SHARE)
    if match is None or match.score < min_score:
        return None
    if (
        places.is_country_name(name)
        and places.resolve_country(name) != match.country
        and not places.outgrows_its_state(name, match)
        and match.country not in near  # "Granada (Nicaragua)": the country named by it says it is a town
    ):
        return None  # "Cabo Verde" names the country, not the Brazilian town of that name
    props = {"country": match.country, "lat": match.lat, "lon": match.lon, "population": match.population,
             "geonames_id": match.geonames_id, "admin1": match.admin1, "resolved": True}  # fmt: skip
    facts.entity(
        "City",
        match.id,
        match.name,
        span,
        [name],
        props,
        merge={"rule": f"city:{match.rule}", "score": match.score},
        surface_is_alias=False,
    )
    country = f"country:{match.country}"
    if country not in facts.entities:
        facts.entity("Country", country, places.country_name(match.country), span, [], {}, surface_is_alias=False)
        facts.unmentioned.add(country)
    facts.relate_from_dataset("IN_COUNTRY", match.id, country, "geonames", match.geonames_id)
    return match.id


HOME_SCORE = 0.85  # the namesake in the page's country must be a confident reading of the name
HOME_POPULATION_SHARE = 0.03  # and of the league of the other: a village does not outweigh a city abroad
# the page's language alone is weaker evidence: a namesake of like league only (Brest, France has 0.45 of
# Brest, Belarus; Los Ángeles, Chile 0.03 of Los Angeles)
LANGUAGE_POPULATION_SHARE = 0.1


def _home_country(facts: DocumentFacts, name: str, span: tuple[int, int]) -> str | None:
    """The country whose regions the page names (region_chains.home_country), for a bare name: a name
    with a bracket after it is qualified there."""
    if re.match(r"\s*\(", facts.view[span[1] : span[1] + 3]):
        return None
    return region_chains.home_country(facts.view, name)


def _qualified(facts: DocumentFacts, city_id: str) -> bool:
    """Whether the page first named the city with a bracket after it ("Toledo (Ohio)")."""
    start, end = facts.first_span.get(city_id, (0, 0))
    return end > start and bool(re.match(r"\s*\(", facts.text[end : end + 3]))


def _towns_in(facts: DocumentFacts, country: str | None) -> bool:
    """Whether the page already holds a town of ``country``."""
    return any(e.kind == "City" and e.props.get("country") == country for e in facts.entities.values())


def _home_namesake(
    facts: DocumentFacts,
    name: str,
    home: tuple[str, ...],
    match: places.CityMatch,
    apart: tuple[int, ...],
    share: float,
) -> places.CityMatch:
    """The namesake of ``match`` in the page's countries ``home``, when it is a confident reading of the
    name and of a like league (``share`` of its people at least: "Toledo" in a paper of Castilla-La Mancha,
    "Brest" on a French page); else ``match``."""
    other = places.resolve_city(name, language=facts.language, near_countries=home, exclude=apart)
    if other is None or other.country not in home or other.score < HOME_SCORE:
        return match
    if fold(other.name) != fold(name) and fold(match.name) == fold(name):
        return match  # a namesake bears the name as its own: "Porto" is not Bordeaux by some alternate name
    return other if other.population >= share * match.population else match


def _set_apart(facts: DocumentFacts, name: str, span: tuple[int, int]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The countries and GeoNames ids of the namesakes of a bare ``name`` that the page sets apart
    from it by a namesake word ("its namesake, Granada (Nicaragua)"): not the town the bare name
    means. None for the qualified mention itself (its bracket follows it)."""
    told = namesakes_told_apart(facts.view, facts.language).get(fold(name))
    if not told or re.match(r"\s*\(", facts.view[span[1] : span[1] + 3]):
        return frozenset(), ()
    return frozenset(country for country, _ in told), tuple(geonames_id for _, geonames_id in told)


_QUALIFIED = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})\s*\((?P<hint>[^()\n]{2,40})\)")
_NAMESAKE_REACH = 40  # characters from the namesake word to the qualified name


@lru_cache(maxsize=2)  # one document's text: asked again only while that document is read
def namesakes_told_apart(view: str, language: str) -> dict[str, frozenset[tuple[str, int]]]:
    """Folded name -> (country, GeoNames id) of its qualified namesakes a namesake word points at
    (lang/*.yaml ``namesake_words``: "homónima", "namesake", "homonyme"), read once per text."""
    found: dict[str, set[tuple[str, int]]] = {}
    for cue in lexicon.word_class("namesake_words", "", language).finditer(view):
        m = _QUALIFIED.search(view, cue.end(), cue.end() + _NAMESAKE_REACH + 50)
        if m is None or m.start() - cue.end() > _NAMESAKE_REACH:
            continue
        city = places.resolve_city(m.group(0), language=language)
        if city is not None and city.geonames_id:
            found.setdefault(fold(m.group("name")), set()).add((city.country, int(city.geonames_id)))
    return {name: frozenset(codes) for name, codes in found.items()}


@lru_cache(maxsize=8)
def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of a language (pronouns, articles, auxiliaries), folded."""
    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:  # a language spaCy lacks: the lexicon's function words alone
        return frozenset()
    return frozenset(fold(w) for w in module.STOP_WORDS)


def _grammar_word(name: str, language: str) -> bool:
    """One word of the page's grammar ("She", "Tous", "Como") or an honorific ("Mme", "Sra."):
    the gazetteer lists some place under nearly every short word."""
    if " " in name:
        return False
    folded = fold(name)
    return (
        folded in _stop_words(language)
        or folded in lexicon.folded_set("function_words", language)
        or people.leading_title(f"{name} Xx") > 0
    )


def page_reading(facts: DocumentFacts, name: str) -> str | None:
    """The one city the page already read under ``name`` (a bracket or a country named by it may
    have decided which namesake): a later bare mention of the name means the same place."""
    folded = _ARTICLE.sub("", fold(name))
    found = [
        i
        for i, e in facts.entities.items()
        if e.kind == "City" and e.props.get("resolved")
        and folded in {_ARTICLE.sub("", fold(f)) for f in (e.name, *e.aliases)}
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


_ARTICLE = re.compile(r"^(?:la|le|les|el|los|las|the|l) ")  # "Paz" read in a list is the page's "La Paz"


# A capitalised word, or two joined by a particle on the same line (a country's name).
CAPITALISED_RUN = re.compile(
    r"(?<![\w-])[A-ZÀ-Þ][\w'-]+(?:[^\S\n]+(?:(?:du|de|des|of|the|del)[^\S\n]+)?[A-ZÀ-Þ][\w'-]+)?"
)
_NEAR = 150  # characters either side of a name within its sentence where a country named is by it


def _countries_near(facts: DocumentFacts, span: tuple[int, int]) -> tuple[str, ...]:
    """The countries the text names (:attr:`DocumentFacts.countries`) in the sentence of ``span``, near it."""
    if not facts.countries:
        return ()
    sentence = facts.context.sentence_at(span[0]) or (span[0], span[1])
    start, end = max(sentence[0], span[0] - _NEAR), min(sentence[1], span[1] + _NEAR)
    window = _OTHER_QUALIFIER.sub(
        lambda m: m.group(0) if m.start() == span[1] - start else " " * len(m.group(0)), facts.view[start:end]
    )  # "El alcalde de Granada recibió a Cusco (Perú)": Perú tells Cusco apart, not Granada (x-where)
    for region in region_chains.qualifiers(facts.view).get(fold(facts.view[span[0] : span[1]]), ()):
        window = re.sub(rf"(?i)(?<!\w){re.escape(region)}(?!\w)", lambda m: " " * len(m.group(0)), window)
        # "Toledo (Ohio)" elsewhere: Ohio beside a bare "Toledo" may be the other Toledo's (x-places2)
    return tuple(dict.fromkeys(code for code in _countries_in(window) if code in facts.countries))


_OTHER_QUALIFIER = re.compile(r"(?<=\w)[^\S\n]*\([^()\n]{2,40}\)")  # a bracket right after a name: its qualifier


@lru_cache(maxsize=4096)
def _countries_in(text: str) -> tuple[str, ...]:
    return tuple(
        c for m in CAPITALISED_RUN.finditer(text) if len(m.group(0)) > 3 and (c := places.resolve_country(m.group(0)))
    )


_TOWN = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,3})(?:\s*\((?P<hint>[^()]{2,40})\))?")


TOWN_CUE = re.compile(r"\b" + lexicon.words_re("city_government_prefixes") + r"\s*(?<=[\s'’])(?=[A-ZÀ-Þ])", re.I)
# A town's name: up to three capitalised words joined by a space or a hyphen. Patterns that
# read a town inside a longer regex use TOWN_NAME_PATTERN; variants that allow more words or
# particles ("de", "del") spell theirs out beside their use.
TOWN_NAME_PATTERN = r"[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2}"
TOWN_NAME = re.compile(TOWN_NAME_PATTERN)


_COUNCIL_AFTER = re.compile(r"[ -](?:" + lexicon.words_re("council_nouns") + r")$", re.I)
# "un acuerdo con el municipio de Xalapa", "signed with the City of Bonn": the government of a partner
_PARTNER_BEFORE = re.compile(r"(?<![\w'’])(?:con|with|avec|entre|between)\s+$", re.I)


_MASTHEAD_LINES = 4  # the first lines of text where a site names itself
_MASTHEAD_LINE = 80  # characters: a longer line is prose
# "Ballarat City Council", "Alcaldía de Medellín" alone on a line, a tagline after a bar or a dash
_MASTHEAD_SUFFIX = re.compile(
    rf"[ \t]*(?P<town>{TOWN_NAME_PATTERN})[ \t]+(?:{lexicon.words_re('city_government_suffixes')})[ \t]*(?:$|[|·—–])"
)


def masthead_town(facts: DocumentFacts) -> str | None:
    """The town whose government names the site in the page's first lines ("Ville de Brest",
    "Ballarat City Council | ..."): the page's own town, whom a placeless town office ("Notre maire",
    "Mayor Jane Roe said") belongs to, though the page names other towns' governments too (x-office)."""
    lines = [ln for ln in facts.context.lines if ln.stripped and not ln.text.startswith("SOURCE:")][:_MASTHEAD_LINES]
    for line in lines:
        if len(line.stripped) > _MASTHEAD_LINE:
            continue
        cue = TOWN_CUE.match(facts.view, line.start + len(line.text) - len(line.text.lstrip()))
        town = TOWN_NAME.match(facts.view, cue.end()) if cue else None
        span = town.span() if town else None
        suffixed = None if span else _MASTHEAD_SUFFIX.match(facts.view, line.start, line.end)
        span = span or (suffixed.span("town") if suffixed else None)
        city = span and add_city(facts, span, min_score=0.8)
        if city:
            return city
    return None


def home_town(facts: DocumentFacts) -> str | None:
    """The one town whose government the text names ("la ville de X", "le conseil municipal de X"):
    the town a page means by "la ville", "la commune" or an office with no place. A government named
    as a partner ("con el municipio de X") is another town's."""
    towns = set()
    for span in _named_governments(facts.view):
        city = add_city(facts, span, min_score=0.8)
        if city:
            towns.add(city)
    return towns.pop() if len(towns) == 1 else None


@lru_cache(maxsize=1)  # one document's text: asked again only while that document is read
def _named_governments(view: str) -> tuple[tuple[int, int], ...]:
    """The spans of the town names a text's governments are named by, not as partners: read once
    per text (home_town is asked once per placeless office or body, and the scan is of the whole text)."""
    spans = []
    for cue in TOWN_CUE.finditer(view):
        name = TOWN_NAME.match(view, cue.end())
        if not name or name.group(0) in ("Ville", "Commune", "City", "Ciudad"):
            continue  # "la promotion de la Ville": the town itself, not one named
        if _PARTNER_BEFORE.search(view, max(0, cue.start() - 12), cue.start()):
            continue
        council = _COUNCIL_AFTER.search(name.group(0))  # "The City of Edinburgh Council": the town is Edinburgh
        spans.append((name.start(), name.start() + council.start()) if council and council.start() else name.span())
    return tuple(spans)


def add_unlisted_city(facts: DocumentFacts, span: tuple[int, int]) -> str | None:
    """A town the gazetteer does not list, named where only a town can stand ("la commune de
    Dioffior", "Alcalde de Petrer (Alicante)"): a City whose country is the bracketed hint's (else
    :func:`usual_country`, once every city of the document is read)."""
    m = _TOWN.fullmatch(facts.surface(*span))
    if not m:
        return None
    name = m.group("name")
    start = max(span[0], facts.view.find(name, span[0], span[1]))
    if (start, start + len(name)) in region_chains.region_spans(facts.view):
        return None  # "Osnabrück, ville de Basse-Saxe (Allemagne)": the Land, no town
    words = [fold(w) for w in name.split()]
    if (
        places.resolve_country(name)
        or orgs.lookup_known(name)
        or orgs.is_acronym(name)
        or any(w in orgs.HEAD_WORDS or w in lexicon.folded_set("region_words") for w in words)
        or dates.find_dates(f"1 {name} 2000")
        or fold(name) in lexicon.folded_set("common_word_places", facts.language)  # "le maire de la Ville"
    ):
        return None
    code = _hinted_country(m.group("hint"), facts) if m.group("hint") else None  # else settled last
    city_id = places.unresolved_city_id(name, code)
    facts.entity("City", city_id, name, (start, start + len(name)), [name], {"country": code, "resolved": False},
                 merge={"rule": "city:unlisted-town", "score": 0.6}, surface_is_alias=False)  # fmt: skip
    return city_id


def _hinted_country(hint: str, facts: DocumentFacts) -> str | None:
    """The country a bracketed hint names: itself, its province or region, or its city."""
    code = places.resolve_country(hint) or places.resolve_region(hint, facts.countries)
    if code:
        return code
    city = places.resolve_city(hint, language=facts.language, context_countries=facts.countries)
    return city.country if city is not None and city.score >= 0.8 else None


def usual_country(facts: DocumentFacts) -> str | None:
    """The country most of the document's cities are in, when one leads."""
    counts = Counter(
        e.props.get("country") for e in facts.entities.values() if e.kind == "City" and e.props.get("country")
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def looks_like_org(text: str) -> bool:
    """An acronym, a known body, or a capitalised name with an organisation word in it."""
    text = clean(text).strip("*")
    if not text:
        return False
    if orgs.is_acronym(text) or orgs.lookup_known(text):
        return True
    bare = orgs.strip_article(text)
    return bool(bare and bare[0].isupper() and _CAPITALISED.match(bare))


# A city's government is the city (lang/*.yaml "city_government_prefixes" / "_suffixes"):
# "Ayuntamiento de Madrid", "mairie d'Annecy", "Gemeente Utrecht"; "Braga City Council",
# "Greater Amman Municipality", "Quito Metropolitan Municipality"
CITY_GOVERNMENT = re.compile(
    r"\b" + lexicon.words_re("city_government_prefixes") + r"\s*(?<=[\s'])"
    r"(?P<city>[A-ZÀ-Þ][\w'’-]+(?:[ -](?:de|del|la|le|[A-ZÀ-Þ][\w'’-]+)){0,3})"
    r"|(?:\bGreater\s+)?\b(?P<named>"
    + TOWN_NAME_PATTERN
    + r")\s+"
    + lexicon.words_re("city_government_suffixes")
    + r"\b",
    re.I,
)
_CITY_PREFIX = re.compile(r"^" + lexicon.words_re("city_government_prefixes") + r"\s*(?<=[\s'])", re.I)


# A regional government named after its territory (lang/*.yaml "region_government_prefixes"):
# "Diputación de Huelva", "la région Emilie-Romagne", "Province of Alicante"
REGION_GOVERNMENT = guarded(
    re.compile(
        r"(?<![\w'’])" + lexicon.words_re("region_government_prefixes") + r"\s*(?<=[\s'’])"
        r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ -](?:de |del |la |de la |y |et )?[A-ZÀ-Þ][\w'’-]+){0,3})",
        re.I,
    )
)


def add_region(facts: DocumentFacts, span: tuple[int, int]) -> str | None:
    """The regional government named in ``span`` ("Diputación de Huelva", "la région
    Emilie-Romagne"), a City of its own, when its territory is a known province, region or
    state, or a known city (a province named after its capital); else None."""
    m = REGION_GOVERNMENT.search(facts.view, span[0], span[1])
    if not m or m.group("place")[:1].islower():
        return None
    words = m.group("place").split(" ")
    for size in range(len(words), 0, -1):  # the longest reading the gazetteers know
        place = " ".join(words[:size])
        code = places.resolve_region(place, facts.countries)
        if code is None:
            city = places.resolve_city(place, language=facts.language, context_countries=facts.countries)
            code = city.country if city is not None and city.score >= 0.8 else None
        if code is None:
            continue
        end = m.start("place") + len(place)
        name = facts.surface(m.start(), end)
        region_id = places.unresolved_city_id(name, code)
        facts.entity("City", region_id, name, (m.start(), end), [], {"country": code, "level": "region"},
                     merge={"rule": "city:regional-government", "score": 0.8})  # fmt: skip
        return region_id
    return None


# "MedCities", "GreenCity": one word with a capital inside is a brand's name, no person's ("McDonald")
_CAMEL_CASE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:[A-ZÀ-Þ][a-zà-ÿ]+)+")


def org_shaped(text: str) -> bool:
    """An acronym, a name with an organisation word in it, or a brand's name ("MedCities")."""
    return orgs.is_acronym(text) or bool(_ORG_HEADS.search(text) or _CAMEL_CASE.fullmatch(text))


def add_affiliation(
    facts: DocumentFacts,
    span: tuple[int, int],
    prefer_city: bool = False,
    after_office: bool = False,
    strict: bool = False,
) -> tuple[str, str] | None:
    """A city or a body named at ``span``: (id, kind) or None when it is neither.

    ``after_office``: the span follows an office ("Présidente, Puerta de África"), so a
    name that looks like a person's is a body. ``strict``: only a known body, an acronym, a
    name with an organisation word, or a city ("Professor of Urban Studies" names no body).
    A city's government ("Ayuntamiento de Madrid", "Ville de Lyon") is the city.
    """
    region = add_region(facts, span)
    if region:
        return region, "City"
    government = CITY_GOVERNMENT.search(facts.view, span[0], span[1])
    if government and not orgs.lookup_known(facts.surface(*span)):
        group = "city" if government.group("city") else "named"
        start = government.start(group)
        for size in range(len(government.group(group).split()), 0, -1):
            name = " ".join(government.group(group).split()[:size])
            city = add_city(facts, (start, start + len(name)), name)
            if city:
                whole = clean(government.group(0))
                if group == "named" and whole not in facts.entities[city].aliases:  # "Nantes Métropole"
                    facts.entities[city].aliases.append(whole)
                return city, "City"
        city = add_unlisted_city(facts, (start, government.end(group)))  # "la commune de Dioffior"
        if city:
            return city, "City"
    text = facts.surface(*span)
    text = _CITY_PREFIX.sub("", text)
    if len(text) < 2:
        return None  # "..., C": a cut-off word names nothing
    is_org_shaped = org_shaped(text)
    person_like = people.looks_like_name(text) and not is_org_shaped
    if not after_office and person_like and not orgs.lookup_known(text) and not places.resolve_city(text):
        return None
    known = orgs.lookup_known(text)
    if known:
        entity_id = add_org(facts, span)
        return entity_id, facts.entities[entity_id].kind
    if not is_org_shaped or prefer_city:
        city = add_city(facts, span, text)
        if city:
            return city, "City"
    if prefer_city and not is_org_shaped and not person_like:  # "Alcalde de Petrer (Alicante)": a town
        city = add_unlisted_city(facts, span)
        if city:
            return city, "City"
    if strict and not is_org_shaped:
        return None
    if looks_like_org(text):
        entity_id = add_org(facts, span)
        return entity_id, facts.entities[entity_id].kind
    return None


def same(a: str, b: str) -> bool:
    return fold(a) == fold(b)


def is_big_city(text: str, language: str | None = None) -> bool:
    """A name that means a sizeable city on its own ("New York", "Montevideo"): not a person's."""
    city = places.resolve_city(text, language=language)
    return bool(city and city.score >= 0.8 and city.population >= 50_000)


def is_field(target: str) -> bool:
    """One common word after an office ("of Programmes", "de la Communication"): a field, not a body."""
    word = target.strip(" *")
    if " " in word or orgs.is_acronym(word) or orgs.lookup_known(word):
        return False
    return not places.resolve_city(word) and not places.resolve_country(word)
