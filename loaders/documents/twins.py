"""Twinning stated in running text: "Lyon et Beyrouth sont jumelées depuis 2010", "the cities
of Marrakech and Bordeaux signed a cooperation agreement", "hermanamiento entre Quito y Lima".

A sentence with a twinning cue and exactly two cities in it links them; more cities than two
is a list whose pairs the sentence does not say, so nothing is read from it.
"""

from __future__ import annotations

import re

from munigraph.graph.resolution import people, places
from munigraph.loaders.documents import dates, lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import guarded, overlaps_any
from munigraph.loaders.documents.meetings import page_year
from munigraph.loaders.documents.membership import items_after, listed_member
from munigraph.loaders.documents.prose import is_city
from munigraph.loaders.documents.resolve import add_city, add_unlisted_city, home_town
from munigraph.loaders.documents.speech import title_town

# The kind of tie each cue states (TWINNED_WITH.kind in the model; lang/*.yaml "twinning_cues").
CUES = [(kind, "|".join(patterns)) for kind, patterns in lexicon.table("twinning_cues").items() if patterns]
TWIN_CUE = guarded(re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in CUES), re.I))
# Capitalised at a sentence's start, never a city here ("Les villes de Lyon", "Le maire")
# (and the words a sentence opens with: "Tras ese acto", "After the visit")
_FUNCTION_WORDS = re.compile(r"^" + lexicon.classes_re("function_words", "sentence_openers") + r"$", re.I)
# A town named after a city-government prefix ("la commune de Dioffior") is one, listed or not.
_TOWN_CUE = re.compile(r"\b" + lexicon.words_re("city_government_prefixes") + r"\s*$", re.I)
# "signed memoranda with A and B": both partners of a third party, not of each other
_WITH = re.compile(r"\s(?:with|con|avec)\s", re.I)
_PLACE = re.compile(
    r"(?:(?<=\b[dlDL]['’])|(?<![\w'’-]))[A-ZÀ-Þ][\w'’-]+(?:[ -](?:de |del |la |el |d')?[A-ZÀ-Þ][\w'’-]+){0,3}"
)


def twinnings(facts: DocumentFacts) -> None:
    """Add a TWINNED_WITH for each sentence that says two cities are twinned (or partnered)."""
    view = facts.view
    bodies = sorted(set(facts.org_spans))
    for start, end in facts.context.sentences:
        cue = TWIN_CUE.search(view, start, end)
        if not cue or _TWIN_LABEL.match(view, facts.context.line_at(cue.start()).start):
            continue  # "Twin towns: A, B and C": the town's twins, not each other's (twin_lists)
        low, high = cue_clause(view, start, end, cue)
        cities = _cities(facts, low, high, bodies)
        if len(cities) > 2 or (len(cities) == 2 and _LIST_INTRO.search(view, cue.end(), high)):
            _listed(facts, (start, end), cue, bodies)
            continue
        if len(cities) == 2 and _both_after_with(facts, cue, cities, high):
            if not _partners_of_the_subject(facts, (start, end), cue, cities):
                _listed(facts, (start, end), cue, bodies)  # "It also has cooperation agreements with A and B"
            continue
        if len(cities) != 2:
            continue
        facts.relate(
            "TWINNED_WITH", *sorted(cities), (low, high), kind=cue.lastgroup, since=dates.since(view, low, high)
        )


def cue_clause(view: str, start: int, end: int, cue: re.Match) -> tuple[int, int]:
    """The part of a sentence between semicolons that holds the cue: "Lima y La Paz firmaron un
    convenio; Quito anunció su intención de sumarse" twins the two cities of the cue's part only."""
    low = view.rfind(";", start, cue.start()) + 1 or start
    high = view.find(";", cue.end(), end)
    return low, end if high < 0 else high


# "... sister cities, which include A, B and C": a list of the owner's twins follows
_LIST_INTRO = re.compile(r"(?:\b|(?<=:))" + lexicon.words_re("list_intros") + r"(?=\s)", re.I)
# "It has eight sister cities": the owner named in the sentence before
_PRONOUN = re.compile(r"\W*(?:\w+\W+){0,2}?" + lexicon.words_re("pronoun_subjects") + r"\b", re.I)


def _listed(facts: DocumentFacts, sentence: tuple[int, int], cue: re.Match, bodies: list[tuple[int, int]]) -> None:
    """ "Lyon has twelve sister cities, including Beirut, Birmingham and Frankfurt" (or "It
    has ..." after a sentence about Lyon): the city before the cue is twinned with each listed."""
    view = facts.view
    start, end = sentence
    intro = _LIST_INTRO.search(view, cue.end(), end) or _WITH_AFTER.match(view, cue.end(), end)
    if not intro:
        return
    listed = _cities(facts, intro.end(), end, bodies)
    owners = _cities(facts, start, cue.start(), bodies)
    index = facts.context.sentences.index(sentence)
    if not owners and index and (_PRONOUN.match(view, start, cue.start()) or _continued(facts, sentence, cue, index)):
        owners = _cities(facts, *facts.context.sentences[index - 1], bodies)[:1]
    if len(owners) != 1 or len(listed) < 2:
        return
    starts = [facts.view.find(_form_in(facts, city, intro.end(), end), intro.end(), end) for city in listed]
    for i, city in enumerate(listed):
        if city != owners[0]:
            # "avec Ourense depuis 1995 et avec Limerick depuis 1980": each partner's year follows it
            stop = starts[i + 1] if i + 1 < len(starts) and starts[i + 1] > starts[i] >= 0 else end
            since = dates.since(view, starts[i], stop) if starts[i] >= 0 else None
            kind = _kind_before(view, cue, starts[i])
            facts.relate("TWINNED_WITH", *sorted((owners[0], city)), sentence, kind=kind, since=since)


def _kind_before(view: str, cue: re.Match, at: int) -> str | None:
    """The kind of the last cue before a listed partner ("jumelée avec A depuis 1985 et entretient
    un pacte d'amitié avec B": B is a friendship); the list's own cue when none is nearer."""
    if at < 0:
        return cue.lastgroup
    nearer = list(TWIN_CUE.finditer(view, cue.end(), at))
    return nearer[-1].lastgroup if nearer else cue.lastgroup


def _continued(facts: DocumentFacts, sentence: tuple[int, int], cue: re.Match, index: int) -> bool:
    """ "Además mantiene acuerdos de cooperación con A y B" after a sentence on the city's twins:
    no subject named (a few lowercase words before the cue), the sentence before a twinning one."""
    before = facts.view[sentence[0] : cue.start()].split()
    if len(before) > 5 or any(w[:1].isupper() for w in before[1:]):
        return False
    previous = facts.context.sentences[index - 1]
    return bool(TWIN_CUE.search(facts.view, *previous))


# "X est jumelée avec A, B et C": the partners follow "with" right after the cue
# ("hermanada, entre otras, con A y B": an aside between commas may come first)
_WITH_AFTER = re.compile(r"[\s,]+(?:\w+[\s,]+){0,2}?(?:with|con|avec)(?=\s)", re.I)


def _form_in(facts: DocumentFacts, city: str, start: int, end: int) -> str:
    """The form of ``city`` the text writes in [start, end) (its name when none is found)."""
    entity = facts.entities[city]
    return next((f for f in (*entity.aliases, entity.name) if f and f in facts.view[start:end]), entity.name)


def _cities(facts: DocumentFacts, start: int, end: int, bodies: list[tuple[int, int]]) -> list[str]:
    """The distinct cities named in [start, end): longest reading of each capitalised run first."""
    found: list[str] = []
    people_forms = {f for e in facts.entities.values() if e.kind == "Person" for f in (*e.aliases, e.name.split()[-1])}
    for m in _PLACE.finditer(facts.view, start, end):
        if overlaps_any(bodies, m.start(), m.end()) or m.group(0) in people_forms:
            continue  # "Navas firmará ...": the surname of a person of the page, not the town Navas
        m = _name_run(facts, m)
        if m is None:
            continue
        if found and _region_of_previous(facts, found[-1], m):
            continue
        city = _gazetteer_city(facts, m)
        if city is None and _TOWN_CUE.search(facts.view, max(0, m.start() - 30), m.start()):
            city = add_unlisted_city(facts, m.span())  # "la commune de Dioffior"
        if city and city not in found:
            found.append(city)
    return found


# "Louisville's partners", "Lyon’s twin": the city before a possessive ending
_POSSESSIVE = re.compile(r"['’]s?$")


def _name_run(facts: DocumentFacts, m: re.Match) -> re.Match | None:
    """The capitalised run a city may be read from, without a possessive ending ("Louisville's"); None
    when it opens with a function word ("Le maire", "El Pleno"), unless the whole run is a town that
    opens with one ("La Paz", "Le Havre")."""
    text = m.group(0)
    possessive = _POSSESSIVE.search(text)
    end = m.end() - (len(possessive.group(0)) if possessive and len(text) > 3 else 0)
    first = text.split()[0]
    start = m.start()
    if _FUNCTION_WORDS.match(first):
        whole = facts.view[start:end]
        if " " not in whole or not is_city(facts, whole, strong=True):
            return None  # "Le maire", "El Pleno": the opening word and a common noun, no town
    return _PLACE.fullmatch(facts.view, start, end)


_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:la |el |the )?[A-ZÀ-Þ]|" + lexicon.words_re("list_joints") + r"\s)")


def _region_of_previous(facts: DocumentFacts, previous: str, m: re.Match) -> bool:
    """ "el municipio de Xalapa, Veracruz, que ...": the state after a town and a comma, no list
    going on from it, is where the town lies (its province, or a namesake town of its province)."""
    view = facts.view
    before = view[max(0, m.start() - 60) : m.start()]
    town = facts.entities[previous]
    if not any(before.rstrip().endswith(f"{form},") for form in (town.name, *town.aliases)):
        return False
    if _LIST_GOES_ON.match(view, m.end()):
        return False  # "con Puebla, Tlaxcala y Orlando": a list of towns, some named like states
    country = town.props.get("country")
    if country and places.resolve_region(m.group(0), (country,)) == country:
        return True
    match = places.resolve_city(m.group(0), language=facts.language, context_countries=(country,) if country else ())
    return bool(match is not None and match.admin1 and match.admin1 == town.props.get("admin1"))


def _gazetteer_city(facts: DocumentFacts, m: re.Match) -> str | None:
    """The longest reading of a capitalised run that the gazetteer knows as a city."""
    words = m.group(0).split()
    for size in range(len(words), 0, -1):
        text = " ".join(words[:size])
        if size < len(words) and people.looks_like_name(m.group(0)):
            return None  # "Mark Mallory": a person's name, whatever town "Mark" is
        if is_city(facts, text, strong=True):
            return add_city(facts, (m.start(), m.start() + len(text)), text)
    return None


def _both_after_with(facts: DocumentFacts, cue: re.Match, cities: list[str], end: int) -> bool:
    """ "Lyon signed memoranda with the mayors of Quito and of Lima": both cities follow "with"."""
    view = facts.view
    with_ = _WITH.search(view, cue.end(), end)
    if not with_:
        return False
    return all(facts.first_span.get(c, (0, 0))[0] > with_.start() or _named_after(view, c, facts, with_.start(), end)
               for c in cities)  # fmt: skip


def _named_after(view: str, city: str, facts: DocumentFacts, start: int, end: int) -> bool:
    entity = facts.entities[city]
    return any(
        re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", view[start:end]) for form in [entity.name, *entity.aliases]
    )


def _partners_of_the_subject(facts: DocumentFacts, sentence: tuple[int, int], cue: re.Match, cities: list[str]) -> bool:
    """ "Carmena firmará memorandos de entendimiento con Ciudad de México y Guadalajara": the
    mayor named before the cue signs for her city, which is tied to each city after "with"."""
    view = facts.view
    subject = view[sentence[0] : cue.start()]
    mayors = {
        r.target
        for r in facts.relations.values()
        if r.type == "HOLDS_OFFICE" and r.props.get("role") == "mayor" and facts.entities[r.target].kind == "City"
        and _named_in(facts.entities[r.source], subject)
    }  # fmt: skip
    if len(mayors) != 1:
        return False
    own = mayors.pop()
    since = dates.since(view, *sentence)
    if since is None and dates.signed(view, *sentence) and (year := page_year(facts)):
        since = str(year)  # signed (or to be signed) when the page was written
    for city in cities:
        if city != own:
            facts.relate("TWINNED_WITH", *sorted((own, city)), sentence, kind=cue.lastgroup, since=since)
    return True


def _named_in(person, text: str) -> bool:
    """The person's name, an alias or the surname alone in ``text``."""
    forms = {person.name, *person.aliases, person.name.split()[-1]}
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) for f in forms if len(f) > 3)


# "Twin towns:", "Villes jumelles de Rumilly :", "Ciudades hermanadas:": a label opening a list of the town's twins
_TWIN_LABEL = re.compile(
    r"^[ \t*#•-]*(?P<label>" + lexicon.words_re("twin_nouns") + r")"
    r"(?:[ \t]+(?:of|de|d['’])[ \t]*(?P<town>[A-ZÀ-Þ][^:\n]{1,40}?))?[ \t]*:",
    re.I | re.M,
)


def twin_lists(facts: DocumentFacts) -> None:
    """A labelled list of twins ("Twin towns:" then "A (Country)" a line each, or "A, B et C" after
    the colon): each listed city is TWINNED_WITH the town the label names, else the town of the
    page's title, else the one town whose government the page names."""
    view = facts.view
    for label in _TWIN_LABEL.finditer(view):
        town = label.group("town") and add_city(facts, label.span("town"), min_score=0.8)
        town = town or title_town(facts) or home_town(facts)
        if not town:
            continue
        line = facts.context.line_at(label.start("label"))
        kind = TWIN_CUE.search(view, label.start("label"), label.end("label"))
        named = (kind.lastgroup if kind else None) or "twinning"
        _twins_listed(facts, town, items_after(facts, label.end(), line.end), line.start, named)


# "Munich (Germany) ........ 1954", "Parma – 1976": the year a listed twin's line ends with, leaders before it
_YEAR_AT_END = re.compile(r"[ \t.…·_–—-]*\(?((?:19|20)\d\d)\)?[ \t.]*$")


def _twins_listed(facts: DocumentFacts, town: str, items: list[tuple[int, int]], start: int, kind: str) -> None:
    """Each listed city (a year ending its line is the tie's since) TWINNED_WITH ``town``."""
    for item in items:
        year = _YEAR_AT_END.search(facts.view, *item)
        twin = listed_member(facts, (item[0], year.start()) if year else item)
        if twin and twin != town and facts.entities[twin].kind == "City":
            facts.relate(
                "TWINNED_WITH", *sorted((town, twin)), (start, item[1]),
                kind=kind, since=year.group(1) if year else None,
            )  # fmt: skip


# a twin noun or cue in the sentence that leads to a list ("The city has eleven twin and partner cities. In order
# of signature:"): the lines below the colon are the town's twins
_INTRO_CUE = re.compile(rf"{TWIN_CUE.pattern}|(?P<noun>{lexicon.words_re('twin_nouns')})", re.I)


def introduced_twin_lists(facts: DocumentFacts) -> None:
    """A line ending in a colon, in or after a sentence on the town's twins, over a list of short
    lines: each line's city is TWINNED_WITH the town named before the cue, else the page's town."""
    view, lines = facts.view, facts.context.lines
    for index, line in enumerate(lines):
        text = line.text.rstrip()
        if not text.endswith(":") or _TWIN_LABEL.match(view, line.start) or not index:
            continue
        colon = line.start + len(text) - 1
        cue = _INTRO_CUE.search(view, line.start, colon)
        if not cue and lines[index - 1].text.strip():  # "... twin cities.\nIn order of signature:"
            cue = _INTRO_CUE.search(view, lines[index - 1].start, lines[index - 1].end)
        if not cue:
            continue
        start = (facts.context.sentence_at(cue.start()) or (line.start, 0))[0]
        owners = _cities(facts, start, cue.start(), sorted(set(facts.org_spans)))
        town = owners[0] if len(owners) == 1 else None
        if not owners and _PRONOUN.match(view, start, cue.start()):
            town = title_town(facts) or home_town(facts)
        if town:
            kind = "twinning" if cue.lastgroup == "noun" else cue.lastgroup or "twinning"
            _twins_listed(facts, town, items_after(facts, colon + 1, line.end), line.start, kind)
