"""Rosters of a council: the people and places listed after a council's name and a colon.

    Comité Director (Vicepresidencia): Titular: D. Luis Gil, ... Suplente: Dª. Ana Sanz, ...
    the new Board of Directors: Lyon, Porto and the Metropolitan Area of Turin.

A person listed with an office (lang/*.yaml ``roster_roles``: written in brackets after the
council, or as a label before the names, "Titular:", "Alternates:") holds that office in the
council (HOLDS_OFFICE; a co-chair CO_CHAIRS it). Cities and bodies listed with no person sit
on the council for their organisation: they are MEMBER_OF the council's owner (a city's seat
on a council is no relation of the model). A roster runs to the next council named or the end
of its paragraph.
"""

from __future__ import annotations

import re

from munigraph.graph.resolution import people
from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.bodies import page_owner
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import guarded, trim
from munigraph.loaders.documents.names import people_in, split_list
from munigraph.loaders.documents.resolve import add_city, add_org, add_person, looks_like_org

ROSTER_ROLES = lexicon.table("roster_roles")
_ROLE = re.compile(
    "|".join(rf"(?P<r{i}>{lexicon.alternation(list(patterns))})" for i, patterns in enumerate(ROSTER_ROLES.values())),
    re.I,
)
_ROLE_NAMES = list(ROSTER_ROLES)
# After the council: "(Presidencia)" or a role word, then the colon that opens the roster
_OPENER = re.compile(r"[ \t]*(?:\((?P<paren>[^()\n]{2,40})\))?[ \t]*(?P<word>[^\W\d][\w-]*)?[ \t]*:[ \t]*")
# A council named alone on a heading line, the roster on the lines below it
_HEADING_END = re.compile(r"[ \t*]*\n(?:[ \t]*\n)*")
_LABEL = re.compile(r"(?<![\w'’-])(?P<label>[^\W\d][\w -]{1,30}?)[ \t]*:")


def _role(text: str | None, suffix: bool = False) -> str | None:
    """The role a roster word gives ("Suplente" -> alternate member); ``suffix``: its last words
    ("- PP Suplente")."""
    if not text:
        return None
    text = text.strip()
    m = (
        next(
            (
                m
                for m in _ROLE.finditer(text)
                if m.end() == len(text) and (m.start() == 0 or text[m.start() - 1] == " ")
            ),
            None,
        )
        if suffix
        else _ROLE.fullmatch(text)
    )
    return _ROLE_NAMES[int(m.lastgroup[1:])] if m and m.lastgroup else None


def councils_rosters(facts: DocumentFacts) -> None:
    """Offices held in a council and the members its roster names (see the module's doc)."""
    view = facts.view
    spans = sorted(facts.bodies.items())
    for index, (span, council) in enumerate(spans):
        opener = _OPENER.match(view, span[1])
        heading = None if opener else _heading_end(facts, span)  # "Composition du Bureau" alone on its line
        if not opener and not heading:
            continue
        paren, word = (_role(opener.group("paren")), _role(opener.group("word"))) if opener else (None, None)
        if opener and ((opener.group("paren") and not paren) or (opener.group("word") and not word)):
            continue  # "Forum 2024 (Lyon):", "Council Speakers:": no roster
        roster = opener.end() if opener else heading.end()
        end = _roster_end(facts, roster, spans[index + 1][0][0] if index + 1 < len(spans) else len(view))
        listed = _people_listed(facts, roster, end)
        if heading:  # under a heading, only people a label gives an office ("Président : A")
            listed = [item for item in listed if _label_before(view, roster, item[0][0])]
        if listed:
            # under a heading ("Composition du Bureau de l'AIMF"), the Bureau's offices are its organisation's
            holder = (_owner(facts, council) or council) if heading else council
            for (start, stop), person in listed:
                role = _label_before(view, roster, start) or word or paren
                if role:
                    facts.office(person, holder, trim(view, span[0], stop), role)
            continue
        owner = _owner(facts, council)
        if owner and opener and not paren and not word:
            for member in _places_and_bodies(facts, roster, end):
                if member != owner:
                    facts.relate("MEMBER_OF", member, owner, trim(view, span[0], end))


_DELEGATES_OF = re.compile(r"" + lexicon.words_re("city_delegates") + r"\s+(?:of|de|del|d['’])\s*", re.I)


def _heading_end(facts: DocumentFacts, span: tuple[int, int]) -> re.Match | None:
    """The blank lines after a council named at the end of a short title line, where a roster may start."""
    line = facts.context.line_at(span[0])
    if len(line.text.strip()) > 100 or line.text.rstrip().endswith("."):
        return None
    return _HEADING_END.match(facts.view, span[1])


def _places_and_bodies(facts: DocumentFacts, start: int, end: int) -> list[str]:
    """The items of a list of members: a body a rule read, else a city (a list where cities
    stand: a gazetteer match is enough), else a name with an organisation word."""
    view, found = facts.view, []
    stop = re.compile(r"[.;\n]").search(view, start, end)
    for s, e in split_list(view, start, stop.start() if stop else end):
        s, e = trim(view, s, e)
        article = re.match(r"(?:the|la|le|les|el|los|las|l['’])\s+", view[s:e], re.I)
        s += article.end() if article else 0
        delegate = _DELEGATES_OF.match(view, s, e)  # "les maires de Dakar, Beyrouth et Hué": the cities
        s += delegate.end() - s if delegate else 0
        text = view[s:e]
        if not text[:1].isupper() or len(text.split()) > 8:
            continue
        known = facts.org_span_at(s)
        member = add_org(facts, known) if known else add_city(facts, (s, e), text, min_score=0.8)
        if member is None and looks_like_org(text) and not people.looks_like_name(text):
            member = add_org(facts, (s, e))
        if member and facts.entities[member].kind in ("City", "Organisation"):
            found.append(member)
    return found


def _roster_end(facts: DocumentFacts, start: int, next_council: int) -> int:
    paragraph = facts.view.find("\n\n", start)
    return min(next_council, paragraph if paragraph >= 0 else len(facts.view))


def _people_listed(facts: DocumentFacts, start: int, end: int) -> list[tuple[tuple[int, int], str]]:
    """The people a rule already read between ``start`` and ``end`` (names, not every capitalised run)."""
    found = []
    for s, e in people_in(facts.view, start, end):
        before = re.search(r"(\S+)[ \t]+$", facts.view[max(start, s - 40) : s])
        if before and roles.office(before.group(1)) and not roles.office(before.group(1))[2].strip():
            continue  # "Presidente Diputación Ourense": what an office is of, not a person
        person = people.person_id(people.strip_titles(facts.surface(s, e)))
        if person in facts.entities and facts.entities[person].kind == "Person":
            found.append(((s, e), person))
    return found


def _label_before(view: str, start: int, at: int) -> str | None:
    """The nearest roster label ("Suplente:", "Members:") between the roster's start and a name."""
    role = None
    for m in _LABEL.finditer(view, start, at):
        label = _role(m.group("label"), suffix=True)
        role = label or role
    return role


def _owner(facts: DocumentFacts, council: str) -> str | None:
    return next(
        (r.target for r in facts.relations.values() if r.type == "PART_OF" and r.source == council),
        None,
    )


_APPOINTED = guarded(re.compile(r"\b" + lexicon.words_re("appointed_verbs") + r"[ \t]+", re.I))


# After the name: a comma, then "as"; or an apposition between commas that "as" closes ("elected Cllr Jane Roe,
# Deputy Chair of X, as Treasurer": the office after "as" is the one given)
_JOINER = r"(?:as|comme|como|en tant que)[ \t]+"
_AFTER_NAME = re.compile(rf"[ \t]*(?:,[^,;\n]{{1,100}},[ \t]*(?={_JOINER})|,)?[ \t]*(?:{_JOINER})?", re.I)
# Before the name: its own office, ending right before it ("confirmed Tampere's mayor Jane Roe as ...")
_OWN_OFFICE = re.compile(rf"^[^,;\n]{{0,30}}{roles.OFFICE_WORD.pattern}$", re.I)


def appointments(facts: DocumentFacts) -> None:
    """ "la Présidence a nommé M. Paul Roux Secrétaire permanent", "the Board appointed Jane Roe
    Treasurer of MedCities", "elected Cllr Jane Roe, Deputy Chair of X, as CLGF Treasurer": the person holds
    the office named right after the name (or after "as"), in the body named after it (or right before it),
    or else in the page's organisation."""
    view = facts.view
    for m in _APPOINTED.finditer(view):
        names = people_in(view, m.end(), min(len(view), m.end() + 80))
        between = view[m.end() : names[0][0]].strip() if names else "?"
        if between and people.leading_title(f"{between} X") != len(between) + 1 and not _OWN_OFFICE.match(between):
            continue  # the verb is not followed by a name (an honorific or the person's own office may come first)
        start, end = names[0]
        for word in list(re.finditer(r"\S+", view[start:end]))[2:]:  # "Jane Roe Treasurer": the office ends the name
            if roles.office(view[start + word.start() : end + 120]):
                end = start + word.start() - 1
                break
        at = _AFTER_NAME.match(view, end).end()
        named = facts.org_span_at(at)  # "as CLGF Treasurer": the body, then its office
        office = roles.office(view[at : at + 120]) or (named and roles.office(view[named[1] : named[1] + 80]))
        if not office or named and office[2].strip(" \t") and not re.match(r"[ \t]*[,.;\n]", office[2]):
            continue
        person = add_person(facts, (start, end))
        office_start = at if not named else view.index(office[1], named[1])
        office_end = office_start + len(office[1])
        targets = roles.office_targets(office[2])
        body = add_org(facts, named) if named else None
        if targets and not named:
            t_start = office_end + office[2].find(targets[0])
            known = facts.org_span_at(t_start)
            body = add_org(facts, known) if known else None
        body = body or page_owner(facts)
        if body:
            facts.office(person, body, trim(view, m.start(), office_end), office[0])


# "handed over the presidency of UCLG to Jane Roe", "traspasó la Presidencia de X a": the office, then its body
_HANDOVERS = tuple(
    (role, guarded(re.compile(r"\b" + lexicon.alternation(list(forms)) + r"(?![\w-])[ \t]*", re.I)))
    for role, forms in lexicon.table("handover_cues").items()
)
_OF = re.compile(r"(?:of the|of|de la|del|de|du|d['’]|des)[ \t]*", re.I)
_TO = re.compile(r"[ \t]*(?:to|à|a|al)[ \t]+", re.I)


def handovers(facts: DocumentFacts) -> None:
    """ "Ana Roe handed over the presidency of UCLG to Ben Poe", "a passé la présidence à", "traspasó
    la Presidencia de Mercociudades a": the person it went to holds the office in the body named
    (else in the page's organisation)."""
    view = facts.view
    for role, pattern in _HANDOVERS:
        for m in pattern.finditer(view):
            at, body = m.end(), None
            of = _OF.match(view, at)
            span = of and facts.org_span_at(of.end())
            if span:
                body, at = add_org(facts, span), span[1]
            to = _TO.match(view, at)
            names = to and people_in(view, to.end(), min(len(view), to.end() + 80))
            if not names or names[0][0] - to.end() > 12:
                continue
            body = body or page_owner(facts)
            if body and facts.entities[body].kind in ("Organisation", "Section", "Council"):
                person = add_person(facts, names[0])
                facts.office(person, body, trim(view, m.start(), names[0][1]), role)
                giver = _giver(facts, m.start())
                if giver:  # "Ana Roe handed over the presidency": she held it until then
                    facts.office(add_person(facts, giver), body, trim(view, giver[0], names[0][1]), role)


# between the outgoing holder's name and the handover: an apposition, an auxiliary, an adverb
_GIVER_GAP = re.compile(
    r"(?:,[^,\n]{0,60},|,)?[ \t]*(?:(?:has|have|had|officially|formally|then|a|ont|officiellement|ha|han|oficialmente)[ \t]+)*$",
    re.I,
)


def _giver(facts: DocumentFacts, cue: int) -> tuple[int, int] | None:
    """The person right before a handover ("Ana Roe, Mayor of Lyon, handed over ..."), if any."""
    sentence = facts.context.sentence_at(cue)
    names = people_in(facts.view, sentence[0], cue) if sentence else []
    if names and _GIVER_GAP.fullmatch(facts.view, names[-1][1], cue):
        return names[-1]
    return None
