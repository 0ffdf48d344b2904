"""The bodies of an organisation named in running text: committees, commissions, boards,
bureaus, working groups and secretariats (kind Council), each PART_OF the organisation or
section that owns it.

A head noun (lang/*.yaml ``council_nouns``, ``statutory_bodies``) is a Council when the text
says whose body it is, or when its name alone says it is one:

- the owner before it: "ICLEI Global Executive Committee", "the Metropolis board of directors",
  "Consejo de Municipios y Regiones de Europa (CMRE) - Comité Director";
- the owner after it: "the Board of Directors of MedCities", "le comité directeur du CCRE",
  "la Secretaría Ejecutiva de Mercociudades";
- a subject after a capitalised head: "Comisión de Urbanismo y Vivienda", "Committee on Urban
  Development, Housing and Land Management";
- a statutory body ("Executive Committee", "comité directeur", "Junta de Gobierno"): with no
  owner named, the page's own organisation (the one it names most).

A head next to a word that makes it a government ("City Council", "conseil régional") or
before an office ("Bureau Member": a title) is no body. Offices held in a council and its
rosters are read by :mod:`loaders.documents.rosters`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from munigraph.graph.resolution import orgs, places
from munigraph.graph.text import clean, fold, slug
from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import find_phrases, guarded, loose, trim
from munigraph.loaders.documents.prose import event_mentions
from munigraph.loaders.documents.resolve import add_org

_UPPER = "A-ZÀ-ÖØ-Þ"
_HEAD = guarded(
    re.compile(
        r"(?<![\w'’-])(?P<head>"
        + lexicon.classes_re("statutory_bodies", "council_nouns")
        + r")(?P<tail>[ \t]+"
        + lexicon.words_re("council_name_tails")
        + r")?(?![\w'’-])",
        re.I,
    )
)
_STATUTORY = re.compile(lexicon.words_re("statutory_bodies"), re.I)
_NOT_COUNCIL = re.compile(r"(?<![\w'’-])" + lexicon.words_re("not_council_words") + r"(?![\w'’-])", re.I)
# Capitalised words right before a head ("Global Executive Committee"), none of them a function word
_LEFT_WORDS = re.compile(rf"(?:(?<=[\s(])|^)((?:[{_UPPER}][\w'’&-]*[ \t]+){{1,3}})$")
_FUNCTION = lexicon.folded_set("function_words") | lexicon.folded_set("sentence_openers")
# What joins a body to its owner named after it ("of the", "de la", "du"), a meeting noun allowed between
_OF_OWNER = re.compile(
    r"[ \t]+(?:(?:meeting|r[ée]union|reuni[oó]n|session|sesi[oó]n)[ \t]+)?"
    r"(?:of the|of|de la|de l['’]|de los|de las|del|du|des|de|d['’])[ \t]*(?:the[ \t]+)?",
    re.I,
)
# A subject after the head: "de Urbanismo y Vivienda", "on Urban Development, Housing and Land Management"
_SUBJECT = re.compile(
    rf"[ \t]+(?:on|sur|sobre|for|pour|para|of|de|del|d['’])[ \t]*(?:(?:the|la|le|les|el|los|las)[ \t]+|l['’])?"
    rf"(?P<subject>[{_UPPER}][\w'’-]*(?:(?:,[ \t]*|[ \t]+)(?:(?:and|et|y|e|of|de|du|des|la|le|les|the|el|los|las|del|"
    rf"for|pour|para|d['’]|l['’])[ \t]*)*[{_UPPER}][\w'’-]*)*)"
)
# "el comité organizador del Foro ...": a body of something the text names but no body the rules know
_OWNED_BY_OTHER = re.compile(_OF_OWNER.pattern + rf"(?-i:[{_UPPER}])", re.I)
_DASH_BEFORE = re.compile(r"^[ \t]*(?:\([A-Z][A-Z0-9&-]{1,11}\))?[ \t]*[-–—:][ \t]*$")
_ACRONYM_AFTER = re.compile(r"[ \t]*\([A-Z][A-Z0-9&-]{1,11}\)")
OWNER_KINDS = ("Organisation", "Section")


@dataclass(frozen=True)
class Body:
    """A council named at ``span``; ``owner`` the body id it belongs to, when the text says or implies it."""

    span: tuple[int, int]
    phrase: str  # the council's own name, without its owner
    owner: str | None
    owner_named: bool  # the owner is named in the span (not inferred from the page)


def councils(facts: DocumentFacts) -> None:
    """Every council the text names, PART_OF its owner (see the module's doc)."""
    view = facts.view
    owner_of_page = page_owner(facts)
    seen: dict[str, str] = {}  # folded phrase -> council id, for later bare mentions ("le comité exécutif")
    for m in _HEAD.finditer(view):
        if _inside_known(facts, m.start(), m.end()) or _not_a_body(view, m):
            continue
        body = _read_body(facts, m, owner_of_page, seen)
        if body is None:
            continue
        if body.owner is None and fold(body.phrase) in seen:  # "le comité directeur", named before with its owner
            council = seen[fold(body.phrase)]
            facts.entity("Council", council, facts.entities[council].name, body.span, [], {}, surface_is_alias=False)
            facts.org_spans.append(body.span)
            facts.bodies[body.span] = council
            continue
        council = _add_council(facts, body)
        seen.setdefault(fold(body.phrase), council)
        owner = body.owner
        if owner and facts.entities[owner].kind in OWNER_KINDS:
            facts.relate("PART_OF", council, owner, body.span)


# "POLICY COUNCIL 2 — Opportunities for all", "CONSEIL POLITIQUE 3 : Gouvernance", "Comisión 4 - Cultura":
# a council heading, numbered, then its subject (in capitals or not)
_NUMBERED = re.compile(
    r"^[ \t#*]*(?P<head>(?i:" + lexicon.words_re("council_heads") + r"))[ \t]+(?P<number>\d{1,2}|[IVX]{1,4})"
    r"[ \t]*[-–—:.][ \t]*(?P<subject>[^\n]{3,100}?)[ \t*]*$"
)


def numbered_councils(facts: DocumentFacts) -> None:
    """A heading line that numbers a council and gives its subject: a Council of the page's
    organisation (the co-chairs listed below it are read by the office rules)."""
    owner = None
    for line in facts.context.lines:
        m = _NUMBERED.match(line.text)
        if not m or facts.org_index().overlaps(line.start + m.start("head"), line.start + m.end("number")):
            continue
        head = m.group("head")
        head = head.title() if head.isupper() else head  # "POLICY COUNCIL": "Policy Council"
        subject = m.group("subject").strip()
        if subject.isupper():
            subject = subject[:1] + subject[1:].lower()
        owner = owner or page_owner(facts)
        span = (line.start + m.start("head"), line.start + m.end("subject"))
        body = Body(span, f"{head} {m.group('number')} – {subject}", owner, False)
        council = _add_council(facts, body)
        name = facts.entities[council].name
        facts.entity(
            "Council", council, name, span, [f"{head} {m.group('number')}", subject], {}, surface_is_alias=False
        )
        if owner and facts.entities[owner].kind in OWNER_KINDS:
            facts.relate("PART_OF", council, owner, span)


# "Commission des finances locales", "Comisión de cultura": a council named alone on the page's title
# line (its subject in lowercase, as French and Spanish write it); no meeting, date or number on it
_TITLE_COUNCIL = re.compile(
    r"[ \t#*]*(?P<name>(?=[A-ZÀ-Þ])(?i:" + lexicon.words_re("council_heads") + r")"
    r"[ \t]+(?P<subject>[^\W\d][^\n\d.:;!?()]{2,70}?))[ \t*]*"
)
_MEETING_WORD = re.compile(
    r"(?<![\w-])" + lexicon.classes_re("meeting_heads", "meeting_nouns") + r"(?![\w-])",
    re.I,
)


def title_councils(facts: DocumentFacts) -> None:
    """A page whose title line is a council's name and nothing else: that council (PART_OF the
    page's organisation when the page has one), so the co-chairs and members listed under it are its own."""
    end = title_end(facts)
    line = facts.context.line_at(max(0, end - 1)) if end else None
    m = line and _TITLE_COUNCIL.fullmatch(line.text)
    if not m or _MEETING_WORD.search(m.group("name")) or _NOT_COUNCIL.search(m.group("name")):
        return
    span = (line.start + m.start("name"), line.start + m.end("name"))
    subject = re.sub(
        r"^(?:of|de|del|du|des|d['’])\s*(?:(?:the|la|le|les|el|los|las)\s+|l['’])?", "", m.group("subject")
    )
    if facts.org_index().overlaps(*span) or _is_place(facts, subject.strip()):
        return  # a body a rule read, or a government ("Conseil de Paris")
    owner = page_owner(facts)
    council = _add_council(facts, Body(span, clean(m.group("name")), owner, False))
    if owner and facts.entities[owner].kind in OWNER_KINDS:
        facts.relate("PART_OF", council, owner, span)


_ACRONYM = re.compile(r"(?<![\w&-])[A-Z][A-Z&]{2,7}(?![\w'’&-])")
_ROMAN = re.compile(r"[IVXLCDM]+")
_CAPS_RUN = re.compile(r"(?:\b[A-ZÀ-Þ]{2,}[\s,]+){2,}[A-ZÀ-Þ]{2,}\b")
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|la|le|el|los|las|les|del|du|al)|\bl['’])\s*$", re.I)


def acronyms_named(facts: DocumentFacts) -> None:
    """Bodies named by their acronym alone ("la Asamblea de la UCCI", "the GPM"): capitals written
    twice or after an article, in lines of running text (not in a line in capitals), that name no
    country, city or office and are not in lang/*.yaml ``not_organisations``."""
    view = facts.view
    found: dict[str, list[tuple[int, int]]] = {}
    in_capitals: dict[int, bool] = {}  # line start -> whether most of its letters are capitals
    for m in _ACRONYM.finditer(view):
        line = facts.context.line_at(m.start())
        if line.start not in in_capitals:
            in_capitals[line.start] = sum(map(str.isupper, line.text)) * 2 > sum(map(str.isalpha, line.text))
        if in_capitals[line.start]:
            continue  # a heading in capitals ("ACUERDOS ADOPTADOS POR LA JUNTA")
        if any(
            r.start() <= m.start() < r.end() for r in _CAPS_RUN.finditer(view, max(0, m.start() - 40), m.end() + 40)
        ):
            continue  # a run of words in capitals inside a line
        if roles.CUE.match(view, m.start()):
            continue  # "PRESENT:", "APOLOGIES:": a list's label in capitals
        found.setdefault(m.group(0), []).append(m.span())
    skip = lexicon.folded_set("not_organisations")
    read = facts.org_index()
    for acronym, spans in found.items():
        if (
            fold(acronym) in skip
            or _ROMAN.fullmatch(acronym)
            or places.resolve_country(acronym)
            or roles.office(acronym)
        ):
            continue
        if len(spans) < 2 and not _ARTICLE_BEFORE.search(view, max(0, spans[0][0] - 8), spans[0][0]):
            continue
        if places.resolve_city(acronym, language=facts.language):
            continue
        for span in spans:  # acronyms do not overlap one another: only the bodies read before can hold one
            if not read.overlaps(*span):
                facts.org_spans.append(span)
                add_org(facts, span)


def page_owner(facts: DocumentFacts) -> str | None:
    """The organisation a page speaks for: the Organisation or Section it names most often (twice
    at least; a name in the page's title counts twice, "Name (ACR)" once; the first named wins a tie).
    Computed again only when an entity was added since and the bodies' names changed."""
    key = len(facts.entities)
    cached = facts._page_owner  # noqa: SLF001 - the cache lives with the facts
    if cached is None or cached[0] != key:
        names = tuple((i, e.name, *e.aliases) for i, e in facts.entities.items() if e.kind in OWNER_KINDS)
        owner = cached[2] if cached is not None and cached[1] == names else _page_owner(facts)
        facts._page_owner = cached = (key, names, owner)  # noqa: SLF001
    return cached[2]


def office_of_page(
    facts: DocumentFacts, person: str, role: str, span: tuple[int, int], owner: str | None = None
) -> bool:
    """An office of a body written with nothing it is of ("The Treasurer, Mr A", "Mme A, directrice exécutive",
    "Ana Roe / Tesorera" in a card): the office of ``owner``, else of the organisation the page speaks for (x-office)."""
    if role not in roles.BODY_OFFICES:
        return False
    owner = owner or page_owner(facts)
    if owner is None or facts.entities[owner].kind not in OWNER_KINDS:
        return False
    facts.office(person, owner, span, role)
    return True


def _page_owner(facts: DocumentFacts) -> str | None:
    bodies = {i: e for i, e in facts.entities.items() if e.kind in OWNER_KINDS}
    forms: dict[str, str] = {}
    for i, e in bodies.items():  # the first body read under a form keeps it: two readings of one name count as one
        for f in (e.name, *e.aliases):
            if len(f) > 1:
                forms.setdefault(fold(f), i)
    if not forms:
        return None
    originals = sorted({f for e in bodies.values() for f in (e.name, *e.aliases) if len(f) > 1}, key=len, reverse=True)
    end_of_title = title_end(facts)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    last_end = None
    for m in find_phrases(originals, facts.view, ignore_case=True):
        body = forms.get(fold(m.group(0)))
        if body is None:
            continue
        if last_end is None or not re.fullmatch(r"[ \t]*\(?", facts.view[last_end : m.start()]):
            counts[body] += 2 if m.start() < end_of_title else 1
        first.setdefault(body, m.start())
        last_end = m.end()
    ranked = sorted(counts.items(), key=lambda item: (-item[1], first[item[0]]))
    return ranked[0][0] if ranked and ranked[0][1] >= 2 else None


def title_end(facts: DocumentFacts) -> int:
    """The end of a page's title: its first line of text (after a SOURCE line)."""
    for line in facts.context.lines:
        text = line.text.strip(" *#")
        if text and not text.startswith("SOURCE:"):
            return line.end
    return 0


def _inside_known(facts: DocumentFacts, start: int, end: int) -> bool:
    """The head is part of a body the table knows ("Council of European Municipalities", "European Commission")."""
    return facts.org_index().overlaps(start, end)


_INDEFINITE = re.compile(r"an?|une?|una|uno", re.I)


def _not_a_body(view: str, m: re.Match) -> bool:
    """ "City Council", "conseil régional", "Security Council", "Bureau Member" (an office)."""
    line_start = view.rfind("\n", 0, m.start()) + 1
    before = view[max(line_start, m.start() - 30) : m.start()].split()
    after = view[m.end() : m.end() + 40]
    if before and _NOT_COUNCIL.fullmatch(before[-1]):
        return True
    if before and m.group(0)[:1].islower() and _INDEFINITE.fullmatch(before[-1]):
        return True  # "is a working group of UCLG", "un groupe de travail de": what a body is, no body's name
    if _NOT_COUNCIL.match(after.lstrip()) and after[:1] in (" ", "\t"):
        return True
    if re.match(r"[ \t]+(?:[\w'’-]+[ \t]+){0,2}(?:19|20)\d\d\b", after):
        return True  # "Bureau Ejecutivo 2022", "General Council 2019": an event's name
    words = after.lstrip(" \t")
    singular = re.sub(r"^(\w+?)s\b", r"\1", words)  # "Board Members Convene"
    office = roles.office(words) or roles.office(singular)
    return bool(office and after[:1] in (" ", "\t") and singular.lower().startswith(office[1].lower()))


def _read_body(facts: DocumentFacts, m: re.Match, owner_of_page: str | None, seen: dict[str, str]) -> Body | None:
    view = facts.view
    start, end = m.start(), m.end()
    head = m.group(0)
    capitalised = head[:1].isupper()
    owner, owner_named = None, False
    # the owner, or capitalised words, before the head
    before_owner = _owner_before(facts, start)
    if before_owner:
        owner, owner_named, start = before_owner[0], True, before_owner[1]
        left = view[before_owner[2] : m.start()].strip(" \t-–—:")
        phrase = clean(
            f"{left} {head}"
            if left and left[:1].isupper() and not _DASH_BEFORE.match(view[before_owner[2] : m.start()])
            else head
        )
    else:
        english = facts.language == "en"  # French and Spanish qualify a body after its head
        left_match = _LEFT_WORDS.search(view, max(0, start - 60), start) if capitalised and english else None
        left_start = _left_start(view, left_match.start(1), left_match.end(1)) if left_match else start
        left = view[left_start : m.start()].strip()
        start = left_start
        phrase = clean(f"{left} {head}") if left else head
    # the owner after the head ("Board of Directors of MedCities"), or a subject ("Comisión de
    # Turismo") that may end with its owner ("... de CGLU")
    after_owner = None if owner else _owner_after(facts, end)
    subject = _SUBJECT.match(view, end) if not after_owner else None
    if subject and (inner := _HEAD.search(view, subject.start("subject") + 1, subject.end("subject"))):
        cut = re.search(
            r"(?:,|[ \t]+(?:y|et|and|e))?[ \t]+(?:\w+[ \t]+){0,2}$", view[subject.start("subject") : inner.start()]
        )
        subject = _SUBJECT.match(view, end, subject.start("subject") + (cut.start() if cut else 0))
    if subject and not capitalised and not _owner_inside(facts, *subject.span("subject")):
        subject = None  # "el grupo de trabajo de X de CGLU" names its owner; "la commission de Paix" does not
    if subject and _is_place(facts, subject.group("subject")):
        return None  # "Junta de Andalucía", "Conseil de Paris": a government
    if after_owner:
        owner, owner_named, end = after_owner[0], True, after_owner[1]
    elif subject:
        s_start, s_end = subject.span("subject")
        owned = _owner_inside(facts, s_start, s_end)
        if owned:
            s_end, found_owner, owner_end = owned
            owner, owner_named = owner or found_owner, True
            phrase = clean(f"{phrase} {view[end:s_end].strip()}")
            end = owner_end
        else:
            phrase = clean(f"{phrase} {view[end:s_end].strip()}")
            end = s_end
    elif not owner and _OWNED_BY_OTHER.match(view, end):
        return None if not _STATUTORY.fullmatch(m.group("head")) else Body((start, end), phrase, None, False)
    statutory = bool(_STATUTORY.fullmatch(m.group("head")))
    if owner is None:
        if fold(phrase) in seen:
            return Body((start, end), phrase, None, False)  # "le comité exécutif", named before
        if not (subject or statutory or (capitalised and left and _STATUTORY.search(phrase))):
            return None
        if not capitalised and (not statutory or " " not in m.group("head").strip()):
            return None  # "un bureau": an office room; "the board" alone: any board
        owner = owner_of_page
    return Body((start, end), phrase, owner, owner_named)


def _left_start(view: str, start: int, end: int) -> int:
    """Where the capitalised words before a head that belong to the body's name start: after the
    last function word ("The Global Executive Committee" -> "Global Executive Committee")."""
    words = list(re.finditer(r"\S+", view[start:end]))
    for word in reversed(words):
        if fold(word.group(0)) in _FUNCTION or re.fullmatch(r"[A-Z][A-Z0-9&-]+", word.group(0)):
            return start + word.end() + 1
    return start


def _owner_before(facts: DocumentFacts, at: int) -> tuple[str, int, int] | None:
    """(owner id, where the span starts, where the owner ends) when a known body stands right before ``at``."""
    view = facts.view
    nearest_first = [span for end in range(at, at - 61, -1) for span in facts.org_spans_ending(end)]
    for s, e in nearest_first:
        between = view[e:at]
        acronym = _ACRONYM_AFTER.match(between)
        rest = between[acronym.end() :] if acronym else between
        adjacent = facts.language == "en" and re.fullmatch(rf"[ \t]+(?:[{_UPPER}][\w'’&-]*[ \t]+){{0,3}}", rest)
        if _DASH_BEFORE.match(between) or adjacent:  # "ICLEI Council"; French and Spanish put the owner after
            owner = add_org(facts, (s, e))
            if facts.entities[owner].kind in OWNER_KINDS:
                return owner, s, e + (acronym.end() if acronym else 0)
    return None


def _owner_after(facts: DocumentFacts, at: int) -> tuple[str, int] | None:
    """(owner id, end) when "of / de la / du" and a known body follow ``at``."""
    joined = _OF_OWNER.match(facts.view, at)
    if not joined:
        return None
    span = facts.org_span_at(joined.end())
    for s, e in [span] if span else []:
        if s == joined.end():
            owner = add_org(facts, (s, e))
            if facts.entities[owner].kind in OWNER_KINDS:
                acronym = _ACRONYM_AFTER.match(facts.view, e)
                return owner, acronym.end() if acronym else e
    return None


def _owner_inside(facts: DocumentFacts, start: int, end: int) -> tuple[int, str, int] | None:
    """A subject that ends with its owner ("de Desarrollo Económico Local de Ciudades y Gobiernos
    Locales Unidos (CGLU)"): (end of the subject proper, owner id, end of the owner)."""
    view = facts.view
    for s, e in sorted(facts.org_spans):
        if start < s < end + 1:
            joined = re.search(r"[ \t]+(?:of the|of|de la|de l['’]|del|du|des|de|d['’])[ \t]*$", view[start:s])
            if joined:
                owner = add_org(facts, (s, e))
                if facts.entities[owner].kind in OWNER_KINDS:
                    acronym = _ACRONYM_AFTER.match(view, e)
                    return start + joined.start(), owner, acronym.end() if acronym else e
    return None


def _is_place(facts: DocumentFacts, text: str) -> bool:
    """A subject that is a place: the body is its government ("Junta de Andalucía", "Conseil de Paris")."""
    if places.resolve_country(text) or any(fold(w) in orgs.HEAD_WORDS for w in text.split()):
        return bool(places.resolve_country(text))
    city = places.resolve_city(text, language=facts.language, context_countries=facts.countries)
    return bool(city and city.score >= 0.8)


def _short(facts: DocumentFacts, entity_id: str) -> str:
    entity = facts.entities[entity_id]
    acronym = entity.props.get("acronym") or next(
        (a for a in entity.aliases if re.fullmatch(r"[A-Z][A-Z0-9&-]{1,11}", a)), None
    )
    return acronym or entity.name


def _add_council(facts: DocumentFacts, body: Body) -> str:
    """The Council entity of ``body``: its id names its owner, so two pages' "Bureau" of two
    organisations stay two councils; its name does too when the text left the owner implied."""
    phrase = body.phrase[:1].upper() + body.phrase[1:]
    owner_short = _short(facts, body.owner) if body.owner else None
    council_id = f"council:{slug(owner_short)}-{slug(phrase)}" if owner_short else f"council:{slug(phrase)}"
    if council_id in facts.entities:
        name = facts.entities[council_id].name
    elif owner_short and fold(owner_short) not in fold(phrase):
        name = f"{phrase} ({owner_short})"
    else:
        name = phrase
    surface = facts.surface(*body.span)
    aliases = [name] + ([surface] if body.owner_named else [])
    facts.entity("Council", council_id, name, body.span, aliases, {}, surface_is_alias=False)
    facts.org_spans.append(body.span)
    facts.bodies[body.span] = council_id
    return council_id


# "the 12th meeting of the Bureau", "la 17e session du comité exécutif": a meeting of a council
_MEETING_OF = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,?[ \t]*(?:of the|of|de la|de l['’]|del|du|des|de)[ \t]+(?:the[ \t]+)?", re.I
)


_MEETING_AFTER = re.compile(r"[ \t]+(?:" + lexicon.words_re("meeting_nouns") + r")(?![\w-])", re.I)


@lru_cache(maxsize=4096)  # a body named on many pages is not compiled again for each
def _loose_pattern(name: str) -> re.Pattern[str]:
    return re.compile(loose(name), re.I)


def meetings_named_after_councils(facts: DocumentFacts) -> None:
    """ "chaired the Financial Management Committee meeting of UCLG", "la session du Bureau
    exécutif" read the other way round: a council's name followed by a meeting noun is a meeting
    of that council, an Event (its organiser is added by :func:`council_meetings`)."""
    view = facts.view
    for (start, _), council in sorted(facts.bodies.items()):
        name = re.sub(r"\s*\([^()]*\)$", "", facts.entities[council].name)
        named = _loose_pattern(name).match(view, start)
        head = named and _MEETING_AFTER.match(view, named.end())
        if not head:
            continue
        event_name = facts.surface(start, head.end())
        event_id = next(
            (i for i, e in facts.entities.items() if e.kind == "Event" and fold(e.name) == fold(event_name)),
            f"event:{slug(event_name)}",  # not builder.make_event_id: a body's event id was never cut at 60 characters
        )
        facts.entity("Event", event_id, event_name, (start, head.end()), [], {})


def council_meetings(facts: DocumentFacts) -> None:
    """An event named with a council in its name, or followed by "of" and a council, is that
    council's meeting: ORGANISED_BY the council."""
    view = facts.view
    spans = sorted(facts.bodies.items())
    for event_id, start, end in event_mentions(facts):
        joined = _MEETING_OF.match(view, end)
        for (s, e), council in spans:
            inside = s < end and start < e  # "UCLG World Executive Bureau Meeting"
            after = joined is not None and s == joined.end()
            if inside or after:
                facts.relate("ORGANISED_BY", event_id, council, trim(view, start, max(e, end)), role="organiser")
