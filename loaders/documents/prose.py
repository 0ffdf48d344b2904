"""Facts stated in running text: known bodies, acronyms, lists of organisers, partners and
members, the committees of an organisation, and the cities and countries named. Who took
part and the offices beside their names are read by :mod:`loaders.documents.speech`."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from munigraph.graph.facts import Entity
from munigraph.graph.resolution import orgs, people, places
from munigraph.graph.text import fold
from munigraph.loaders.documents import dates, lexicon, region_chains, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import find_phrases, guarded, loose, overlaps_any, trim
from munigraph.loaders.documents.names import cut_name, people_in, split_list
from munigraph.loaders.documents.resolve import (
    CAPITALISED_RUN,
    REGION_GOVERNMENT,
    TOWN_NAME_PATTERN,
    add_city,
    add_org,
    add_person,
    add_region,
    looks_like_org,
    usual_country,
)

_KNOWN_CACHE: dict[str, re.Pattern] = {}
_KNOWN_FORMS: dict[str, list[str]] = {}  # the forms of the two patterns, in their order


def sentence_at(facts: DocumentFacts, position: int) -> tuple[int, int] | None:
    """The sentence holding ``position`` (sentence spans are prepared once per document)."""
    return facts.context.sentence_at(position)


def known_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Two regexes over every form in the table: case-sensitive (acronyms, one-word names) and not."""
    if not _KNOWN_CACHE:
        forms = sorted(orgs.known_forms_original(), key=len, reverse=True)
        strict = [loose(f) for f in forms if orgs.is_acronym(f) or len(f.split()) == 1]
        relaxed = [loose(f) for f in forms if not (orgs.is_acronym(f) or len(f.split()) == 1)]
        _KNOWN_FORMS["strict"] = [f for f in forms if orgs.is_acronym(f) or len(f.split()) == 1]
        _KNOWN_FORMS["relaxed"] = [f for f in forms if not (orgs.is_acronym(f) or len(f.split()) == 1)]
        _KNOWN_CACHE["strict"] = re.compile(r"(?<![\w-])(?:" + "|".join(strict) + r")(?![\w])")
        _KNOWN_CACHE["relaxed"] = re.compile(r"(?<![\w-])(?:" + "|".join(relaxed) + r")(?![\w-])", re.I)
    return _KNOWN_CACHE["strict"], _KNOWN_CACHE["relaxed"]


def known_bodies(facts: DocumentFacts) -> None:
    """Every mention of a well-known body (longest match wins where mentions overlap)."""
    strict, relaxed = known_patterns()  # their matches, found where the forms' words stand
    found = [m.span() for m in find_phrases(_KNOWN_FORMS["relaxed"], facts.view, ignore_case=True, regex=relaxed)]
    longer = list(found)  # in order, not overlapping
    for m in find_phrases(_KNOWN_FORMS["strict"], facts.view, r"(?![\w])", regex=strict):
        if not overlaps_any(longer, m.start(), m.end()):
            found.append((m.start(), m.end()))
    # "Commission de CGLU sur ..." names a body of CGLU: try the longer reading first
    for start, end in sorted(found):
        longer = _owned_body(facts, start, end)
        if longer:
            facts.org_spans.append(longer)
            add_org(facts, longer)
            continue
        facts.org_spans.append((start, end))
        add_org(facts, (start, end))


def _owned_body(facts: DocumentFacts, start: int, end: int) -> tuple[int, int] | None:
    view = facts.view
    m = re.search(
        r"(?:^|[\s'])(" + lexicon.words_re("owned_body_heads") + r"\s+(?:\w+\s+){0,2}(?:de|of|del)\s+)$",
        view[max(0, start - 60) : start],
    )
    if not m:
        return None
    s = start - len(m.group(1))
    e = cut_name(view, s, min(len(view), s + 200))
    longer = _longest_known(view, s, e)
    return longer


def _longest_known(view: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest prefix of the span that the table knows: up to the clause's end, or to the end
    of any word before the sentence goes on ("Consejo político de CGLU sobre oportunidades para
    todas y todos, cultura y diplomacia de las ciudades: claves ...")."""
    full_end = _clause_end(view, start)
    hard = re.compile(r"[.;:()\n]").search(view, start)
    hard_end = min(hard.start() if hard else len(view), start + 200)
    word_ends = [start + m.end() for m in re.finditer(r"[\w'’-]+", view[start:hard_end])]
    for stop in sorted({end, full_end, *word_ends}, reverse=True):
        if stop > hard_end:
            continue
        text = view[start:stop]
        if orgs.lookup_known(text):
            return start, stop
    return None


def _clause_end(view: str, start: int) -> int:
    """End of a long name that may hold commas ("Commission sur l'inclusion sociale, la démocratie ...")."""
    m = re.compile(
        r"\s(?:ont|a|est|sont|has|have|is|are|ha|han|es|son|qui|que|which|who|pour|for|para|to)\s|[.;:()\n]"
    ).search(view, start)
    return m.start() if m else len(view)


def acronyms_in_parentheses(facts: DocumentFacts) -> None:
    """ "Full Name (ACR)": an organisation whose alias is the acronym."""
    view = facts.view
    for m in re.finditer(r"\(([A-Z][A-Z0-9&-]{1,11})\)", view):
        if any(s <= m.start() < e for s, e in facts.org_spans):
            continue
        if fold(m.group(1)) in lexicon.folded_set("not_organisations") or _acronym_of_known(facts, m):
            continue  # "(TBC)": a marker, no body
        expanded = _spelled_out(view, m.start(), m.group(1))
        known = None if expanded is not None else _known_name_before(view, m.start())
        if known is not None:  # "Cites et Gouvernements Unis d'Afrique (CGLU)": the name decides
            facts.org_spans.append(known)
            add_org(facts, known)
            continue
        if expanded is None and orgs.lookup_known(m.group(1)):  # a known acronym after a name read no further
            facts.org_spans.append(m.span(1))
            add_org(facts, m.span(1))
            continue
        seg_start = max(view.rfind(c, 0, m.start()) for c in ",;:.\n(")
        seg_start = max(seg_start + 1, m.start() - 150)
        if _event_acronym(view, seg_start, m):
            continue  # "la Feria Internacional del Libro de Guadalajara (FIL)": an event's, read with events
        head = re.search(r"(?:^|[\s'’])((?:[A-ZÀ-Þ])[^\n]*)$", view[seg_start : m.start()])
        if not head and expanded is None:
            continue
        s, e = trim(view, expanded if expanded is not None else seg_start + head.start(1), m.start())
        if expanded is None:
            s = _after_office(view, s, e)  # "Vice-président de l'Union des Villes (UVICOCI)": the body
            dash = list(re.finditer(r"\s[-–—]\s+", view[s:e]))
            if dash:  # "Alcalde de Meco - PP Consejo de Municipios (CMRE)": the name after the last spaced dash
                s = s + dash[-1].end()
        if e <= s or (expanded is None and not looks_like_org(view[s:e])) or people_in(view, s, e) == [(s, e)]:
            continue
        if places.resolve_city(view[s:e]) and len(view[s:e].split()) < 3:
            continue
        facts.org_spans.append((s, m.end()))
        add_org(facts, (s, m.end()), acronym=m.group(1))


_EVENT_NOUN = re.compile(r"(?<![\w-])" + lexicon.words_re("event_nouns") + r"(?![\w-])")


def _event_acronym(view: str, start: int, m: re.Match) -> bool:
    """Whether the acronym at ``m`` spells the first capitalised words of an event's name before it."""
    for noun in _EVENT_NOUN.finditer(view, start, m.start()):
        initials = "".join(w[0] for w in re.findall(r"[A-ZÀ-Þ][\w'’-]*", view[noun.start() : m.start()]))
        if len(m.group(1)) >= 2 and initials.startswith(m.group(1)):
            return True
    return False


def _after_office(view: str, start: int, end: int) -> int:
    """Where a body's name starts in a span that holds an office of it first ("vice-président
    de l'Union des Villes" -> "Union des Villes"); ``start`` when it holds none."""
    for word in re.finditer(r"(?<![\w'’-])\w", view[start:end]):
        office = roles.office(view[start + word.start() : end])
        targets = roles.office_targets(office[2]) if office else []
        if targets:
            return end - len(targets[-1])
    return start


def _acronym_of_known(facts: DocumentFacts, m: re.Match) -> bool:
    """ "Consejo de Municipios y Regiones de Europa (CMRE)": the acronym of the known body just
    before it becomes one of its names."""
    for s, e in facts.org_spans:
        if e <= m.start() and m.start() - e <= 3 and not facts.view[e : m.start()].strip():
            body = add_org(facts, (s, e))
            entity = facts.entities[body]
            facts.entity(entity.kind, body, entity.name, m.span(1), [m.group(1)], {}, surface_is_alias=False)
            facts.org_spans.append((s, m.end()))  # "Name (ACR)" is one mention of the body
            return True
    return False


_SMALL_WORDS = frozenset(lexicon.folded_set("connectors") | {"de", "du", "des", "la", "le", "les", "l", "d", "et", "y", "e",
                                                              "del", "el", "los", "las", "pour", "para", "por", "en", "a", "à"})  # fmt: skip


def _known_name_before(view: str, end: int) -> tuple[int, int] | None:
    """The longest run of words ending right before ``end`` (" (ACR)" left out) that the table knows."""
    stop = len(view[:end].rstrip())
    line_start = max(view.rfind(c, 0, stop) for c in ",.;:\n(") + 1
    for m in re.finditer(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*", view[max(line_start, stop - 120) : stop]):
        start = max(line_start, stop - 120) + m.start()
        if len(view[start:stop].split()) >= 2 and orgs.lookup_known(view[start:stop]):
            return start, stop
    return None


def _spelled_out(view: str, end: int, acronym: str) -> int | None:
    """Where the name an acronym abbreviates starts: the words before ``end`` whose initials are
    the acronym's letters, in any order ("association française des communes, départements et
    régions pour la Paix (AFCRDP)"); small words ("des", "pour la") do not count."""
    letters = sorted(c for c in acronym.lower() if c.isalpha())
    if len(letters) < 3:
        return None
    line_start = max(view.rfind(c, 0, end) for c in ".;:\n(") + 1
    words = list(re.finditer(r"[\w'’-]+", view[line_start:end]))
    initials: list[str] = []
    for word in reversed(words):
        text = re.sub(r"^[dl]['’]", "", word.group(0))
        folded = fold(text)
        if not folded or folded in _SMALL_WORDS:  # "–" or "'" alone fold to nothing
            continue
        initials.append(folded[0])
        if len(initials) > len(letters):
            return None
        if sorted(initials) == letters:
            return line_start + word.start() + (len(word.group(0)) - len(text))
    return None


_LIST_TRIGGERS = {
    "participants": re.compile(
        r"\bparticipant(?:e|\W?e\W?)?s\b[^.\n]{0,60}?\b(?:comprendront|comprennent|incluent|incluront|seront|sont|"
        r"include|will include|are|will be|incluir[aá]n|incluyen|ser[aá]n|son)\s+(?:notamment\s+|including\s+)?",
        re.I,
    ),
    "future": re.compile(
        r"\b(?:prochaines?|futures?|next|upcoming|future|pr[oó]xim[oa]s?|futur[oa]s?)\s+(?:sessions?|s[ée]ances?|"
        r"sesi[oó]n|sesiones|[ée]ditions?|edici[oó]n|ediciones|dialogues?|meetings?)\s+(?:inclura|incluront|"
        r"will include|will involve|incluir[aá]n?|impliqueront|accueilleront)\s+",
        re.I,
    ),
    "organisers": re.compile(
        r"\b(?:(?P<co>co-?organis[ée]e?s?|co-?organi[sz]ed|co-?organizad[oa]s?)|organis[ée]e?s?|organi[sz]ed|"
        r"organizad[oa]s?|convened|convoqu[ée]e?s?|convocad[oa]s?|(?P<host>hosted|accueillie?s?|acogid[oa]s?))"
        r"\s+(?:conjointement\s+|jointly\s+|conjuntamente\s+)?(?:par|by|por)\s*:?\s*"
        r"|^[ \t*#-]*(?:(?P<co2>co-?organi[sz]ers|co-?organisateurs|co-?organizadores)|organi[sz]ers|organisateurs|"
        r"organisation|organizadores|organizaci[oó]n|(?P<host2>hosts?|h[ôo]tes?|anfitri[oó]n(?:es)?))\s*:\s*",
        re.I | re.M,
    ),
    "partners": re.compile(
        r"\b(?:en\s+)?(?:partenariat|partnership|colaboraci[oó]n|alianza|asociaci[oó]n|coop[ée]ration|cooperation|"
        r"cooperaci[oó]n|collaboration|lettre d'accord|letter of agreement|protocole d'accord|memorandum of "
        r"understanding|accord de partenariat|partnership agreement|convenio|acuerdo|carta de acuerdo)"
        r"(?:\s+[\w'-]+){0,2}?\s+(?:avec|with|con)\s*:?\s*"
        r"|^[ \t*#-]*(?:partners|partenaires|socios|aliados|in partnership with|en partenariat avec|en colaboraci[oó]n con)"
        r"\s*:\s*",
        re.I | re.M,
    ),
}
_LIST_TRIGGERS = {kind: guarded(pattern) for kind, pattern in _LIST_TRIGGERS.items()}  # each read over whole texts
_LIST_END = re.compile(
    r"[.;:\n]|\s(?:afin|in order|qui|which|que|that|dans|in|en|avec|with|con|lors|during|durante)\s"
    r"|\s(?:sur|on)\s(?![A-ZÀ-Þ])"  # "the Forum on Intermediary Cities" goes on
    r"|\s(?:pour|para)\s+(?=[a-zà-ÿ]+(?:er|ir|re|ar)\b)|\sto\s+(?=[a-z])"  # "pour faire avancer", "to advance"
)


def list_bodies(facts: DocumentFacts, start: int, end: int | None = None) -> list[str]:
    """The bodies of an enumeration starting at ``start`` (and ending at ``end`` when given)."""
    view = facts.view
    end_match = _LIST_END.search(view, start, end or len(view))
    end = end_match.start() if end_match else end or len(view)
    found = []
    named = {n for p in facts.entities.values() if p.kind == "Person" for n in (p.name, *p.aliases)}
    covered = [(s, e) for s, e in facts.org_spans if start <= s < end]
    longer = _owned_items(facts, split_list(view, start, end), covered)
    for span in covered:
        found.append(add_org(facts, longer.get(span, span)))
    for s, e in split_list(view, start, end):
        if any(a < e and s < b for a, b in covered):
            continue
        s, e = trim(view, s, e)
        text = re.sub(r"^(?:la|le|les|l'|the|el|los|las)\s+", "", view[s:e].strip(), flags=re.I)
        if not text or len(text.split()) > 10:
            continue
        if text in named or roles.office(text):  # "hosted by the Mayor of Manila, Maria Lacuna": people
            found.extend(_office_city(facts, (e - len(text), e)))
            continue
        city = _CITY_ITEM.match(text)
        if city or (people.looks_like_name(text) is False and is_city(facts, text, strong=False)):
            city_start = e - len(text) + (city.end() if city else 0)
            city_id = add_city(facts, (city_start, e))
            if city_id:
                found.append(city_id)
                continue
        if looks_like_org(text) and not _place_qualifier(facts, text):
            found.append(add_org(facts, (s, e)))
    return [i for i in dict.fromkeys(found) if facts.entities[i].kind in ("Organisation", "Section", "Council", "City")]


def _place_qualifier(facts: DocumentFacts, text: str) -> bool:
    """ "Cleveland, Ohio", "Hangzhou, China": a country or a state after a comma says where the item
    before it lies; it is no body of the list."""
    return places.is_country_name(text) or places.resolve_region(text, facts.countries) is not None


def _office_city(facts: DocumentFacts, span: tuple[int, int]) -> list[str]:
    """ "the Mayor of Manila" in a list of bodies: the city stands there (else no one)."""
    office = roles.office(facts.view[span[0] : span[1]])
    if not office or office[0] not in roles.CITY_OFFICES:
        return []
    for target in roles.office_targets(office[2]):
        at = span[1] - len(office[2]) + office[2].rfind(target)
        city = is_city(facts, target, strong=True) and add_city(facts, (at, at + len(target)), target)
        if city:
            return [city]
    return []


def _owned_items(
    facts: DocumentFacts, items: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> dict[tuple[int, int], tuple[int, int]]:
    """Items that open with a known body and go on naming a body of their own ("the UCLG Forum
    on Intermediary Cities"): the known span -> the whole item."""
    view = facts.view
    longer = {}
    for s, e in items:
        s, e = trim(view, s, e)
        inside = [(a, b) for a, b in covered if s <= a and b <= e]
        if len(inside) != 1:
            continue
        a, b = inside[0]
        opens = re.fullmatch(r"\s*(?:(?:the|la|le|l'|el)\s*)?", view[s:a], re.I)
        if opens and re.match(r"\s+[A-ZÀ-Þ]", view[b:e]) and looks_like_org(view[a:e]):
            longer[(a, b)] = (a, e)
    return longer


_CITY_ITEM = re.compile(r"^" + lexicon.words_re("city_government_prefixes") + r"\s*(?<=[\s'])", re.I)


def primary_org(facts: DocumentFacts, main_id: str | None = None) -> str | None:
    """The organisation a document speaks for: its main event's organiser, else the most
    mentioned organisation (at least twice; the first mentioned wins a tie)."""
    organisers = [r.target for r in facts.relations.values() if r.type == "ORGANISED_BY" and r.source == main_id]
    for organiser in organisers:
        if facts.entities[organiser].kind == "Organisation":
            return organiser
    if organisers:
        return None  # organised by a section or a city: PARTNER_OF cannot name them
    counts = Counter({i: n for i, n in facts.mentions.items() if facts.entities[i].kind == "Organisation"})
    ranked = sorted(counts.items(), key=lambda item: (-item[1], facts.first_span[item[0]][0]))
    return ranked[0][0] if ranked and ranked[0][1] >= 2 else None


# "un atelier organisé par A": another meeting than the page's, organised by A (not an apposition
# about the page's meeting: "le Forum, un rendez-vous organisé par A")
_ANOTHER_MEETING = re.compile(
    r"(?<![\w-])(?:un|une|a|an|una|uno)\s+(?:\w+\s+)?"
    + lexicon.classes_re("meeting_heads", "session_heads", "sub_event_nouns")
    + r"(?:\s+[\w'’-]+){0,3}\s*,?\s*$",
    re.I,
)


def _other_event_on_line(facts: DocumentFacts, main_id: str, at: int) -> bool:
    """ "- 5 June 2024: Annual Congress, Lisbon, hosted by ...": another event named before the cue on its line."""
    line_start = facts.context.line_at(at).start
    return any(
        i != main_id and facts.entities[i].kind == "Event" and line_start <= s and e <= at
        for i, (s, e) in facts.first_span.items()
    )


def _another_meeting(view: str, sentence: tuple[int, int], at: int) -> bool:
    """ "L'après-midi, un atelier organisé par": a meeting of its own opens the clause (a few words
    before it at most), not one in apposition after the page's meeting ("took place in Lyon, a forum ...")."""
    m = _ANOTHER_MEETING.search(view, max(sentence[0], at - 60), at)
    return bool(m) and len(view[sentence[0] : m.start()].split()) <= 3


def lists(facts: DocumentFacts, main_id: str | None, series_id: str | None) -> None:
    """Participants of the meeting, bodies of future sessions, partners of the organisation."""
    view = facts.view
    for kind, pattern in _LIST_TRIGGERS.items():
        for m in pattern.finditer(view):
            sentence = sentence_at(facts, m.start()) or (m.start(), m.end())
            if sentence[1] <= m.end():  # a label ("Partners:") ends its own "sentence": quote the line
                line_end = view.find("\n", m.end())
                sentence = trim(view, m.start(), line_end if line_end >= 0 else len(view))
            bodies = list_bodies(facts, m.end())
            for body in bodies:
                if kind == "participants" and main_id:
                    facts.relate("ATTENDED", body, main_id, sentence, role="participant", status="confirmed")
                elif kind == "future" and (series_id or main_id):
                    facts.relate(
                        "ATTENDED", body, series_id or main_id, sentence, role="participant", status="tentative"
                    )
                elif (
                    kind == "organisers"
                    and main_id
                    and not _another_meeting(view, sentence, m.start())
                    and not _other_event_on_line(facts, main_id, m.start())
                ):
                    co, host = m.group("co") or m.group("co2"), m.group("host") or m.group("host2")
                    role = "co-organiser" if co else "host" if host else "organiser"
                    facts.relate("ORGANISED_BY", main_id, body, sentence, role=role)
                elif kind == "partners":
                    owner = primary_org(facts, main_id)
                    # "signed an agreement with A and B": when the page's body is one of them, they are a
                    # third party's partners (the sentence's subject), not each other's
                    if owner in bodies:
                        break
                    if owner and facts.entities[body].kind in ("Organisation", "Council"):
                        facts.relate("PARTNER_OF", body, owner, sentence)


_AFTER_NAME = re.compile(r"[ \t]*,?[ \t]*(?:\([^()\n]{1,80}\)[ \t]*,?[ \t]*)?")


def event_organisers(facts: DocumentFacts) -> None:
    """ "El I Encuentro de X, organizado por la UCCI y la Segib", "le Forum de X, co-organisé par
    A et B": the bodies right after an event's name organise that event (any event of the page,
    not only its main one)."""
    view, trigger = facts.view, _LIST_TRIGGERS["organisers"]
    for event_id, start, end in event_mentions(facts):
        cue = trigger.match(view, _AFTER_NAME.match(view, end).end())
        if not cue or not cue.group(0).strip():
            continue
        co, host = cue.group("co") or cue.group("co2"), cue.group("host") or cue.group("host2")
        role = "co-organiser" if co else "host" if host else "organiser"
        sentence = sentence_at(facts, start) or (start, cue.end())
        for body in list_bodies(facts, cue.end()):
            facts.relate("ORGANISED_BY", event_id, body, sentence, role=role)


_ORGANISED_BEFORE = re.compile(
    r"\s*" + lexicon.words_re("organised_verbs") + r"\s+(?:(?:el|la|los|las|the|le|les|l['’]|an?|une?|una)\s*)?$", re.I
)


def bodies_organising(facts: DocumentFacts) -> None:
    """ "el FAMSI ha organizado el Seminario X", "UCLG organised the Forum Y": the body right
    before an organising verb organises the event named right after it."""
    view = facts.view
    ends = {e: s for s, e in facts.org_spans}
    for event_id, start, _end in event_mentions(facts):
        verb = _ORGANISED_BEFORE.search(view, max(0, start - 40), start)
        if verb and verb.start() in ends:
            body = add_org(facts, (ends[verb.start()], verb.start()))
            if facts.entities[body].kind in ("Organisation", "Section", "Council", "City"):
                facts.relate("ORGANISED_BY", event_id, body, trim(view, ends[verb.start()], _end), role="organiser")


def event_mentions(facts: DocumentFacts) -> list[tuple[str, int, int]]:
    """(event id, start, end) of every mention of an event's name or alias, in one scan (kept on
    ``facts`` while the events and their names stay as they were: a dozen steps ask for them)."""
    events = tuple((i, e.name, tuple(e.aliases)) for i, e in facts.entities.items() if e.kind == "Event")
    kept = facts.cached.get("event_mentions")
    if kept is None or kept[0] != events:
        kept = (events, _event_mentions(facts))
        facts.cached["event_mentions"] = kept
    return list(kept[1])


def _event_mentions(facts: DocumentFacts) -> list[tuple[str, int, int]]:
    forms: dict[str, str] = {}
    for event_id, event in facts.entities.items():
        if event.kind == "Event":
            for form in (event.name, *event.aliases):
                if len(form) > 3:
                    forms.setdefault(fold(form), event_id)
    if not forms:
        return []
    originals = {f for e in facts.entities.values() if e.kind == "Event" for f in (e.name, *e.aliases) if len(f) > 3}
    matches = find_phrases(sorted(originals, key=len, reverse=True), facts.view)
    found = ((fold(m.group(0)), m.start(), m.end()) for m in matches)
    return [(forms[form], start, end) for form, start, end in found if form in forms]


# "..., que tendrá lugar en Rosario", "qui se tiendra du 2 au 4 mai à Lyon": a held verb, then the place
_HELD_AT = re.compile(
    r"[ \t]*,?[ \t]*(?i:(?:(?:que|qui|which|that)[ \t]+)?"
    + lexicon.words_re("held_in_verbs")
    + r")\b[^.;:\n]{0,60}?[ \t](?:à|a|en|in|at)[ \t]+(?P<city>"
    + TOWN_NAME_PATTERN
    + r")"
)


# "le Forum de X, à Paris, les 7 et 8 juillet", "the Summit, in Lyon, on 3 May": the city set off by commas
# right after the event's name (x-events)
_APPOSED_PLACE = re.compile(
    r"[ \t]*,[ \t]*(?:à|in|en)[ \t]+(?P<city>" + TOWN_NAME_PATTERN + r")[ \t]*(?=[,.;]|$)", re.M
)
# "la Cumbre de Jefes de Estado y de Gobierno en Cuenca, Ecuador": the event's city, its country after it
_AT_CITY_OF = re.compile(
    r"[^.;:,()\n]{0,30}?[ \t](?:à|en|in)[ \t]+(?P<city>" + TOWN_NAME_PATTERN + r")"
    r"[ \t]*(?:,|\()[ \t]*(?P<country>" + TOWN_NAME_PATTERN + r")"
)


def event_places(facts: DocumentFacts) -> None:
    """ "la Cumbre, que tendrá lugar en Rosario (Argentina)", "le Forum qui se tiendra du 2 au 4
    mai à Lyon": an event's name, then a held verb and a city in the same clause: HELD_IN; so
    too "the Summit in Cuenca, Ecuador" (a city its country confirms) right after the name."""
    view = facts.view
    for event_id, start, end in event_mentions(facts):
        held = (
            _HELD_AT.match(view, _AFTER_NAME.match(view, end).end())
            or _city_of_country(view, end)
            or _APPOSED_PLACE.match(view, end)
        )
        if not held:
            continue
        city = add_city(facts, held.span("city"), min_score=0.7)
        if city:
            facts.relate("HELD_IN", event_id, city, trim(view, start, held.end()))


# "La Ville de Kigali a accueilli le 10 novembre le Forum ...": a city, a hosting verb, then the event
_HOSTED = re.compile(
    r"(?<![\w'’-])(?:(?i:" + lexicon.words_re("city_government_prefixes") + r")[ \t]*(?<=[\s'’]))?"
    r"(?P<city>"
    + TOWN_NAME_PATTERN
    + r")[ \t]+(?i:"
    + lexicon.words_re("received_verbs")
    + r")\b[^.;:\n]{0,40}?[ \t](?i:le|la|les|l['’]|the|el|los|las)[ \t]*$"
)


def hosting_cities(facts: DocumentFacts) -> None:
    """ "La ville de Kigali a accueilli le Forum", "Lyon hosted the Summit": the city right before a
    hosting verb holds the event named after it, which it hosts (ORGANISED_BY, role host)."""
    view = facts.view
    for event_id, start, end in event_mentions(facts):
        sentence = sentence_at(facts, start)
        if not sentence:
            continue
        m = _HOSTED.search(view, max(sentence[0], start - 140), start)
        if not m or people.looks_like_name(m.group("city")):
            continue
        city = is_city(facts, m.group("city"), strong=True) and add_city(facts, m.span("city"), min_score=0.7)
        if city:
            facts.relate("HELD_IN", event_id, city, trim(view, m.start(), end))
            facts.relate("ORGANISED_BY", event_id, city, trim(view, m.start(), end), role="host")


def _city_of_country(view: str, end: int) -> re.Match | None:
    m = _AT_CITY_OF.match(view, end)
    if not m:
        return None
    code = places.resolve_country(m.group("country"))
    city = places.resolve_city(m.group("city"), near_countries=(code,)) if code else None
    return m if city is not None and city.country == code else None


_ITS = re.compile(r"\s+(?:et|and|y)\s+(?:sa|son|ses|its|su|sus)\s+(?=[A-ZÀ-Þ])")


def own_bodies(facts: DocumentFacts) -> None:
    """ "CGLU et sa Commission sur ..." / "UCLG and its Committee on ...": the body is part of the owner."""
    view = facts.view
    for start, end in list(facts.org_spans):
        m = _ITS.match(view, end)
        if not m:
            continue
        owner = orgs.resolve_org(view[start:end])
        s = m.end()
        span = _longest_known(view, s, cut_name(view, s, min(len(view), s + 200)))
        if span is None:
            span = (s, cut_name(view, s, min(len(view), s + 200)))
        if span[1] <= span[0]:
            continue
        child = add_org(facts, span)
        if facts.entities[child].kind in ("Organisation", "Council") and child != owner.id:
            facts.relate("PART_OF", child, owner.id, trim(view, start, span[1]))


# A speaking verb right after a name, or "said NAME" just before it (English quotes)
def people_mentioned(facts: DocumentFacts) -> None:
    """Names in bold are people when they look like names ("**Souad Ben Abderrahime**")."""
    view, text = facts.view, facts.text
    for m in re.finditer(r"\*\*([^*\n]{3,60})\*\*", text):
        s, e = m.start(1), m.end(1)
        names = people_in(view, s, e)
        if names == [(s, e)] and not orgs.lookup_known(view[s:e]):
            add_person(facts, (s, e))


# "Greece" ending a line is not "Greece Ada" with the name that opens the next one
_CAPITALISED_RUN = CAPITALISED_RUN


def _code_in_lowercase(text: str) -> bool:
    """ "Mr", "As", "And": a word of two or three letters not written in capitals is no country
    code (Mauritania, American Samoa, Andorra), though "UK" and "USA" are."""
    return len(text) <= 3 and not text.isupper()


def countries_named(facts: DocumentFacts) -> None:
    """Countries named in the text become context for ambiguous city names."""
    facts.countries = tuple(dict.fromkeys(code for code, _span in country_mentions(facts.view)))


@lru_cache(maxsize=2)  # one document's text: asked again only while that document is read
def country_mentions(view: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """(ISO2, span) of each country the text names, in text order."""
    found = []
    for m in _CAPITALISED_RUN.finditer(view):
        code = places.resolve_country(m.group(0))
        if (
            code
            and fold(m.group(0)) not in ("de", "la")
            and not _code_in_lowercase(m.group(0))
            and not _city_named_like_region(m.group(0), code)
        ):
            found.append((code, m.span()))
    return tuple(found)


def _city_named_like_region(text: str, code: str) -> bool:
    """ "New York", "Washington": a big city's name that also names a state of a country,
    not the country itself (Mexico, the city, still names Mexico)."""
    city = places.resolve_city(text)
    if city is None or city.population < BIG_CITY:
        return False
    if places.outgrows_its_state(text, city):
        return True  # "en Granada": the Andalusian city, larger than Grenada, the state of that name in Spanish
    if fold(places.country_name(code)) == fold(text):
        return False
    return places.resolve_country(text) == code and not places.is_country_name(text)


_CITY_CUE = guarded(
    re.compile(r"\b" + lexicon.words_re("city_government_prefixes") + r"\s*(?<=[\s'])(?=[A-ZÀ-Þ])", re.I)
)
_IN_PLACE = re.compile(r"(?<![\w'’])(?:à|in|en)\s+(?=[A-ZÀ-Þ])")
# "back from Utrecht", "une délégation de Sfax", "tras su visita a Rosario" (lang/*.yaml "place_cues", x-places2)
_PLACE_CUE = re.compile(r"(?<![\w'’])(?i:" + lexicon.words_re("place_cues") + r")\s*(?<=[\s'’])(?=[A-ZÀ-Þ])")
# the small words inside a town's name: "Santiago de los Caballeros", "Talavera de la Reina"
_NAME_INNER = frozenset({"de", "del", "du", "des", "do", "da", "la", "le", "les", "los", "las", "of", "the"})
_PLACE_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’-]+(?:[ -](?:" + lexicon.alternation([*_NAME_INNER, "y"]) + r"|[A-ZÀ-Þ][\w'’-]+)){0,4}"
)
BIG_CITY = 100_000  # "in X" names a city by itself only when X is large (or in a country the text names)
# "the mayor of Dodoma", "les maires de Douala, de Pointe-Noire et de Bangui", "la alcaldesa de Pasto": a town's
# office names the town (lang/*.yaml "town_offices", then "town_office_of"); the plural too
_TOWN_OFFICE = lexicon.alternation([p for ps in lexicon.table("town_offices").values() for p in ps])
_TOWN_OFFICE_OF = re.compile(
    rf"(?<![\w-])(?i:{_TOWN_OFFICE}(?P<plural>e?s)?\s+{lexicon.words_re('town_office_of')})\s*(?<=[\s'’])(?=[A-ZÀ-Þ])"
)
# "Vienna's deputy mayor", "Tallinn's Mayor": the town before an English possessive ("possessive_marks")
_TOWN_POSSESSIVE = re.compile(
    rf"(?P<town>{TOWN_NAME_PATTERN}){lexicon.words_re('possessive_marks')}\s+"
    rf"(?:(?i:{lexicon.words_re('office_qualifiers')})\s+)?(?i:{_TOWN_OFFICE})(?![\w-])"
)
OFFICE_TOWN_SCORE = 0.8  # a town's office is a cue as good as "city of", for a name the gazetteer reads closely


def cities_in_prose(facts: DocumentFacts) -> None:
    """Cities named in running text: "la ville de Daejeon", "à Sucre" (in a text about Ecuador),
    "the mayors of Hiroshima and Nagasaki", "Vienna's deputy mayor"."""
    view = facts.view
    for pattern, strong in ((_CITY_CUE, True), (_IN_PLACE, False), (_PLACE_CUE, False), (_TOWN_OFFICE_OF, True)):
        score = OFFICE_TOWN_SCORE if pattern is _TOWN_OFFICE_OF else STRONG_SCORE
        for m in pattern.finditer(view):
            end = _city_at(facts, m.end(), strong, score)
            # "from Durban, Accra and Nairobi", "the mayors of Hiroshima and Nagasaki" (one mayor's town: a name after it
            # is the mayor's, "the mayor of Toledo, Javier Pérez")
            listed = pattern is _PLACE_CUE or (pattern is _TOWN_OFFICE_OF and m.group("plural"))
            while end is not None and listed:
                joint = _PLACE_JOINT.match(view, end)
                end = _city_at(facts, joint.end(), strong, score) if joint else None
    for m in _TOWN_POSSESSIVE.finditer(view):
        _town_ending(facts, m.start("town"), m.group("town"))
    for m in REGION_GOVERNMENT.finditer(view):  # "dans le département de Fatick", "la Junta de Andalucía"
        if not any(s <= m.start() < e for s, e in facts.org_spans):
            add_region(facts, m.span())


# between two towns of a list, the preposition said again: "de Douala, de Pointe-Noire et de Bangui"
_PLACE_JOINT = re.compile(lexicon.list_joint() + rf"(?:{lexicon.words_re('town_office_of')}\s*(?<=[\s'’]))?")
STRONG_SCORE = 0.7  # the gazetteer's score of a name after a strong cue ("la ville de")


def _town_ending(facts: DocumentFacts, start: int, text: str) -> None:
    """The city named by the last words of ``text`` at ``start`` ("Yesterday Vienna": Vienna)."""
    words = text.split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[-size:])
        at = start + text.rfind(name)
        if not facts.org_index().covers(at, at + 1) and is_city(facts, name, True, OFFICE_TOWN_SCORE):
            add_city(facts, (at, at + len(name)), name)
            return


def _name_goes_on(words: list[str], size: int) -> bool:
    """Whether the first ``size`` words are followed by small words then a capitalised one: one name goes on."""
    rest = words[size:]
    inner = next((i for i, w in enumerate(rest) if w.lower() not in _NAME_INNER), len(rest))
    return 0 < inner < len(rest) and rest[inner][:1].isupper()


def _city_at(facts: DocumentFacts, start: int, strong: bool, score: float = STRONG_SCORE) -> int | None:
    """Where the city named at ``start`` ends, when the gazetteer knows one there (read into the facts)."""
    view = facts.view
    name = _PLACE_NAME.match(view, start)
    if not name or facts.org_index().covers(start, start + 1):
        return None
    words = name.group(0).split()
    for size in range(len(words), 0, -1):
        text = " ".join(words[:size])
        if size > 1 and places.is_country_name(text):
            return None  # "en Cabo Verde": the country, not a town called "Cabo"
        if words[size - 1].islower() or _name_goes_on(words, size):
            continue  # "Lima y", "Talavera de la": a name ends with a capitalised word; "Santa Cruz de Mompox" is no "Santa Cruz"
        if is_city(facts, text, strong, score):
            if _DISTRICT_NUMBER.match(view, start + len(text)):
                return None  # "maire de Yaoundé 5e", "à Paris 13e": a district of the town, not the town
            return start + len(text) if add_city(facts, (start, start + len(text)), text) else None
    return None


_DISTRICT_NUMBER = re.compile(r"[ \t]+\d{1,2}(?:e|er|ère|ème|eme|º|°|st|nd|rd|th)(?!\w)")


_CITY_COUNTRY = re.compile(
    r"(?<![\w'’-])([A-ZÀ-Þ][\w'’.-]+(?:[ -](?:(?:de|del|di|da|do|la|sur|am|upon)[ -])?[A-ZÀ-Þ][\w'’.-]+){0,3})[ \t]*\((?:the[ \t]+)?([A-ZÀ-Þ][^()\n]{1,40})\)"
)


def cities_with_countries(facts: DocumentFacts) -> None:
    """ "the mayors of Kyiv (Ukraine), Amsterdam (Netherlands)": a name followed by a country in
    brackets is a city of that country when the gazetteer has one so named there."""
    view = facts.view
    for m in _CITY_COUNTRY.finditer(view):
        code = places.resolve_country(m.group(2))
        if not code or any(s <= m.start() < e for s, e in facts.org_spans):
            continue
        words = m.group(1).split()
        for size in range(len(words), 0, -1):  # the city ends right before the bracket
            name = " ".join(words[-size:])
            if size < len(words) and people.looks_like_name(m.group(1)):
                break  # "Jane Ode (Nigeria)": a person's name, whatever town "Ode" is
            match = places.resolve_city(name, language=facts.language, near_countries=(code,))
            if match and match.country == code and match.score >= 0.8 and not _country_not_town(name, match):
                start = m.start(1) + m.group(1).rfind(name)
                add_city(facts, (start, start + len(name)), name, context=(code,))
                break


NAMESAKE_OF_A_STATE = 10_000  # "Granada (Nicaragua)": a town of this size named like another state is the town


def _country_not_town(name: str, match: places.CityMatch) -> bool:
    """Whether ``name`` before a bracketed country names a country rather than the town ``match``:
    "Grenada" is, "Granada (Nicaragua)", a town named like another state in the bracket's country, is not."""
    code = places.resolve_country(name)
    if not code or not places.is_country_name(name):
        return bool(code)  # a near spelling of a country's name ("Nakuru", "Nauru") keeps the old caution
    return code == match.country or match.population < NAMESAKE_OF_A_STATE


def is_city(facts: DocumentFacts, text: str, strong: bool, score: float = STRONG_SCORE) -> bool:
    """Whether ``text`` names a city: after a strong cue, a gazetteer reading of ``score`` at least; else a
    close reading of a large town or of a town in a country the text names."""
    country = places.resolve_country(text)
    if country and places.names_country_elsewhere(text, facts.language):  # "à Mexico" in French: the city
        country = None
    if (
        (country and not _city_named_like_region(text, country))
        or orgs.lookup_known(text)
        or dates.find_dates(f"1 {text} 2000")
    ):
        return False
    match = places.resolve_city(text, language=facts.language, context_countries=facts.countries)
    if match is None:
        return False
    if strong:
        return match.score >= score
    return match.score >= 0.8 and (match.population >= BIG_CITY or match.country in facts.countries)


# "Maastricht aux Pays-Bas", "Utrecht in the Netherlands", "Rosario en Argentina"
_IN_COUNTRY = r"(?:in(?:\s+the)?|en|aux?|dans\s+l[ea'’]?)"
# "Cancun, au sud-est du Mexique": where in the country, between the city and the country
_DIRECTION = r"(?:(?i:" + lexicon.words_re("country_directions") + r")\s*)?"


_COUNTRY_FIRST = re.compile(rf"(?<![\w'’-]){_IN_COUNTRY}\s+(?=[A-ZÀ-Þ][^\n,.;]{{1,40}}?,?\s(?:à|in|en)\s+[A-ZÀ-Þ])")


def countries_after_cities(facts: DocumentFacts) -> None:
    """ "Daejeon, Corée du Sud", "Vienne (Autriche)": the text says which country a city is in."""
    view = facts.view
    usual = usual_country(facts)
    leading = []  # (code, span of a country, where its comma ends) before "à"/"in" and a city
    for m in _COUNTRY_FIRST.finditer(view):
        country = _country_at(view, m.end())
        if country:
            comma = re.match(r"\s*,?\s*", view[country[1] :])
            leading.append((country[0], (m.end(), country[1]), country[1] + comma.end()))
    chained = region_chains.region_spans(view)
    for city_id, city in list(facts.entities.items()):
        if city.kind != "City" or facts.first_span.get(city_id) in chained:
            continue  # a region between a town and its country is the town's, not one the text places
        if city.props.get("resolved") is False and not city.props.get("country"):
            # a town the gazetteer does not list: the country of the region it is said to lie in
            # ("Dioffior, dans le département de Fatick"), else the one named before the others
            city.props["country"] = _region_country(facts, city) or usual
        for form in dict.fromkeys([city.name, *city.aliases]):
            for m in find_phrases([form], view, rf"(?![\w-])\s*(?:,|\(|-|{_IN_COUNTRY}\s)\s*{_DIRECTION}"):
                country = written_country(view, m.end())
                if country and country[0] == city.props.get("country"):
                    stated_country(facts, city_id, country[0], (m.end(), country[1]), (m.start(), country[1]))
            for code, span, after in leading:  # "en Italie à Maglie": the country first
                joined = re.match(rf"(?:à|in|en)\s+{loose(form)}(?![\w-])", view[after:])
                if joined and code == city.props.get("country"):
                    stated_country(facts, city_id, code, span, (span[0], after + joined.end()))


def _region_country(facts: DocumentFacts, city: Entity) -> str | None:
    regions = {form: r.props["country"] for r in facts.entities.values() if r.props.get("level") == "region"
               and r.props.get("country") for form in (r.name, *r.aliases)}  # fmt: skip
    if not regions:
        return None
    within = "|".join(loose(f) for f in sorted(regions, key=len, reverse=True))
    for form in dict.fromkeys([city.name, *city.aliases]):
        lies_in = rf"(?<![\w-]){loose(form)},?\s+(?:dans|in|en)\s+(?:(?:le|la|the|el)\s+|l['’]\s*)?"
        m = re.search(lies_in + rf"(?P<region>{within})", facts.view)
        if m:
            return next((code for form, code in regions.items() if fold(form) == fold(m.group("region"))), None)
    return None


def stated_country(
    facts: DocumentFacts, city_id: str, code: str, span: tuple[int, int], quote: tuple[int, int]
) -> None:
    """The city is in the country the text names at ``span`` (the quote holds both)."""
    facts.entity("Country", f"country:{code}", places.country_name(code), span, [], {})
    facts.relations.pop(("IN_COUNTRY", city_id, f"country:{code}"), None)
    facts.relate("IN_COUNTRY", city_id, f"country:{code}", quote)


# A country's name: a place name whose words may join with an elided "d’" ("Côte d’Ivoire")
_COUNTRY_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’-]+(?:[ -](?:de|del|du|des|do|da|la|le|les|of|the|y|d['’][A-ZÀ-Þ][\w-]+|[A-ZÀ-Þ][\w'’-]+)){0,3}"
)


# a country's name with lowercase words in it, read only when it is one exactly ("République démocratique du
# Congo", "Emiratos Árabes Unidos" written "Emiratos árabes unidos")
_COUNTRY_LOWERCASE = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:[ ][\w'’-]+){1,4}")


_STATE_THEN = re.compile(r"[ \t]*,[ \t]*")


def written_country(view: str, start: int) -> tuple[str, int] | None:
    """The country written at ``start``: a state's name ("Kansas City, Missouri") is none, unless its country
    follows it ("Des Moines, Iowa, USA": the country's end is given)."""
    country = _country_at(view, start)
    if not country or places.is_country_name(view[start : country[1]]):
        return country
    comma = _STATE_THEN.match(view, country[1])
    after = comma and _country_at(view, comma.end())
    if after and after[0] == country[0] and places.is_country_name(view[comma.end() : after[1]]):
        return after
    return None


def _country_at(view: str, start: int) -> tuple[str, int] | None:
    long = _COUNTRY_LOWERCASE.match(view, start)
    words = long.group(0).split() if long else []
    for size in range(len(words), 1, -1):
        text = " ".join(words[:size])
        if not text.istitle() and places.is_country_name(text):
            return places.resolve_country(text), start + len(text)
    name = _COUNTRY_NAME.match(view, start)
    if not name:
        return None
    words = name.group(0).split()
    for size in range(min(len(words), 4), 0, -1):
        text = " ".join(words[:size])
        code = places.resolve_country(text)
        if code:
            return code, start + len(text)
    return None


_MEMBERS_OF = re.compile(
    r"\b(?:nouveaux?|new|nuevos?|les|the|los)?\s*(?:membres?|members?|miembros?)\b[^.:\n]{0,80}?"
    r"\b(?:au sein d[eu]|de la|du|de l'|des|de|of the|of|within|in|del|de los|de las)\s+",
    re.I,
)
_IS_MEMBER = re.compile(
    r"\s+(?:est|sont|is|are|es|son|est devenue?|became|se convirti[oó] en)\s+(?:un |une |a |an |una |uno )?"
    r"(?:membre|member|miembro)s?\s+(?:\w+\s+)?(?:d[eu]|de la|de l'|of the|of|del|de)\s+",
    re.I,
)


def membership(facts: DocumentFacts) -> None:
    """ "X est membre de Y" / "new members of Y: A and B": MEMBER_OF (a city or body -> a body)."""
    view = facts.view
    spans = sorted(set(facts.org_spans))
    starts = {s: e for s, e in spans}
    for start, end in spans:  # "X is a member of Y"
        m = _IS_MEMBER.match(view, end)
        target = m and next(((s, e) for s, e in spans if s == m.end() or s == m.end() + 1), None)
        if target:
            _member(facts, (start, end), target, trim(view, start, target[1]))
    for m in _MEMBERS_OF.finditer(view):  # "2 nouveaux membres ... au sein de la Global Taskforce : A et B"
        target = next(((s, starts[s]) for s in range(m.end(), m.end() + 4) if s in starts), None)
        if not target:
            continue
        colon = re.match(r"\s*:\s*", view[target[1] :])
        if not colon:
            continue
        sentence = sentence_at(facts, m.start()) or (m.start(), target[1])
        for body in list_bodies(facts, target[1] + colon.end()):
            _member(facts, None, target, sentence, body)


_GOVERNED_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:[ -](?:de|del|du|des|do|da|la|le|les|of|the|y|[A-ZÀ-Þ][\w'’-]+)){0,5}")


def _government_lead(name: str) -> int:
    """The length of a city-government prefix opening ``name`` ("El Ayuntamiento de "), else 0."""
    article = re.match(r"(?:the|el|la|le)\s+(?=\w+\s)", name, re.I)
    at = article.end() if article else 0
    lead = _CITY_ITEM.match(name[at:] + " ")
    return at + len(lead.group(0)) if lead and at + len(lead.group(0)) < len(name) else 0


# "a rejoint le réseau Eurocities": the common noun of the body may come before its name
_JOINED = re.compile(
    r"\s"
    + lexicon.words_re("joined")
    + r"(?:\s+|(?<=['’]))(?:the |la |le |l'|l’|el |al )?(?:"  # "est membre d'Energy Cities": no space after the elision
    + lexicon.words_re("own_org_nouns")
    + r"\s+)?",
    re.I,
)


def cities_joining(facts: DocumentFacts) -> None:
    """ "Lyon joined UCLG in 2019", "la ville de Kigali est membre de Metropolis", "Dakar a
    rejoint CGLU Afrique en 2015": the city named before the verb is a MEMBER_OF the body."""
    view = facts.view
    for start, end in sorted(set(facts.org_spans)):
        sentence = sentence_at(facts, start)
        verb = sentence and next((m for m in _JOINED.finditer(view, sentence[0], start) if m.end() == start), None)
        if not verb or facts.context.states_not("MEMBER_OF", verb.start(), verb.end()):
            continue  # "Lyon is not a member of X"
        city = None
        for m in _GOVERNED_NAME.finditer(view, sentence[0], verb.start()):
            at = m.start() + _government_lead(m.group(0))  # "The City of Tampere", "El Ayuntamiento de Ciudad Real"
            if fold(view[at : m.end()]) in lexicon.folded_set("function_words", facts.language):
                continue  # "Los nuevos miembros se incorporan a": an article, whatever village is so named
            if is_city(facts, view[at : m.end()], strong=True):
                city = add_city(facts, (at, m.end()), view[at : m.end()])
        if city and facts.entities[add_org(facts, (start, end))].kind in ("Section", "Organisation"):
            body = add_org(facts, (start, end))
            since = dates.SINCE_YEAR.search(view, end, sentence[1])
            facts.relate("MEMBER_OF", city, body, sentence, since=since.group(1) if since else None)


def _member(facts, subject_span, target_span, quote, subject_id: str | None = None) -> None:
    target = add_org(facts, target_span)
    subject = subject_id or add_org(facts, subject_span)
    kinds = facts.entities[subject].kind, facts.entities[target].kind
    if kinds[0] in ("City", "Organisation") and kinds[1] in ("Section", "Organisation") and subject != target:
        facts.relate("MEMBER_OF", subject, target, quote)
