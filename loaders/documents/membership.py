"""Membership stated in prose: a city or a body becoming or being a member of an organisation.

    the admission of Porto (Portugal) as a member of the Association
    L'adhésion de la Seyne à l'association des villes pour la paix a été célébrée.
    Cádiz, miembro de pleno derecho de la Unión de Ciudades Capitales de Iberoamérica
    The Lyon Foundation was approved as a new Observer of the network.

Words come from lang/*.yaml: ``admission_nouns`` ("adhésion", "admission", "incorporación"),
``member_nouns`` ("member", "observateur", "miembro asociado") and ``own_org_nouns`` ("the
Association", "la red": the organisation the page speaks for). The member is the place or
body named after "the admission of" or opening the sentence; the organisation is the body
named after the member noun ("member of Y") or after the admission ("adhésion de X à Y").
"""

from __future__ import annotations

import re

from munigraph.graph.resolution import orgs, people, places
from munigraph.graph.text import fold
from munigraph.loaders.documents import dates, lexicon
from munigraph.loaders.documents.bodies import OWNER_KINDS, page_owner, title_end
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import guarded, trim
from munigraph.loaders.documents.resolve import add_city, add_org, home_town, looks_like_org

_NAME = (
    r"(?P<x>(?:[Ll]a |[Ll]e |[Ee]l |[Tt]he |[Ll]'|[Ll]’)?(?-i:[A-ZÀ-Þ])[\w'’.-]*"
    r"(?:[ -](?:de|del|du|of|la|le|los|las|y|et|and|(?-i:[A-ZÀ-Þ])[\w'’.-]*)(?![\w'’])){0,8})"
)
_ARTICLE = r"(?:(?:the|la|le|les|el|los|las|al|au|del|du)[ \t]+|l['’][ \t]*)?"
_OF = r"(?:of|de|del|du|des|d['’])[ \t]*"
# "the admission of X ... as a member of": the member after the admission noun
_ADMISSION = guarded(re.compile(rf"\b{lexicon.words_re('admission_nouns')}[ \t]+{_OF}{_NAME}", re.I))
# "... à l'association ...": the organisation right after the member (French, Spanish, English "to")
_TO = re.compile(
    rf"[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:(?:à|a|to|en|dans)[ \t]+{_ARTICLE}|(?:au|aux|al)[ \t]+)", re.I
)
# "l'adhésion de la commune à ...", "la adhesión del Ayuntamiento a ...": the town the page is about (:func:`resolve.home_town`)
_ADMISSION_OF_TOWN = guarded(
    re.compile(
        rf"\b{lexicon.words_re('admission_nouns')}[ \t]+{_OF}(?:(?:la|notre|the|our|nuestra|el|nuestro)[ \t]+)?"
        r"(?:ville|commune|municipalit[ée]|city|town|municipality|ciudad|municipio|ayuntamiento)(?![\w-])",
        re.I,
    )
)
# ", miembro de pleno derecho de la", "as a new Observer of the"
_MEMBER = guarded(
    re.compile(
        r"(?:\bas an?|\bcomme|\bcomo|\ben tant que|\ben calidad de|,)[ \t]+(?:(?:new|nouvel(?:le)?|nouveaux?|nuev[oa]s?|"
        r"full|associate)[ \t]+)?" + lexicon.words_re("member_nouns") + r"\b[^.;:\n]{0,40}?\b" + _OF + _ARTICLE,
        re.I,
    )
)
# "New members:", "nouveaux membres :", "became members of UCLG in 2024:": a list of members follows
_NEW_MEMBERS = lexicon.word_class("new_members_cues")
# one more name of an enumeration: ", Ouagadougou", " et Abidjan", " and Durban"
# (", de la commune de Kindia", ", del municipio de Pergamino": the town after its government's words)
_NEXT_NAME = re.compile(
    lexicon.list_joint()
    + r"(?:(?:del|de|of|d['’])[ \t]*)?(?:"
    + lexicon.words_re("city_government_prefixes")
    + r"[ \t]*(?<=[\s'’]))?"
    + _NAME.replace("?P<x>", "?P<y>"),
    re.I,
)
# a list item "Curitiba (Brazil)", "Kazan, Russia", "Lusaka – Zambia"
_ITEM = re.compile(
    r"[ \t*]*(?P<name>[^()\n,–—:;]{2,60}?)[ \t]*(?:\((?P<bracket>[^()\n]{2,40})\)|[,–—-][ \t]*(?P<after>[^()\n,.;]{2,40}))?[ \t.;]*$"
)
_GOVERNMENT = re.compile(lexicon.words_re("city_government_prefixes") + r"[ \t]*(?<=[\s'’])", re.I)
_AND = re.compile(lexicon.list_joint("") + r"(?:(?:de|of|d['’])[ \t]*)?")
# between two items of a list on one line: a comma, a semicolon or "and"
_ITEM_JOINT = re.compile(lexicon.list_joint(",;"))
_MEMBER_WORD = re.compile(r"\b" + lexicon.words_re("member_nouns") + r"\b", re.I)
_COMMON = frozenset({"ville", "city", "ciudad", "commune", "municipality", "municipio", "town"})
_OWN = re.compile(lexicon.words_re("own_org_nouns") + r"\b", re.I)


def members(facts: DocumentFacts) -> None:
    """MEMBER_OF read from admission and member nouns (see the module's doc)."""
    view = facts.view
    for sentence in facts.context.sentences:
        for cue in _MEMBER.finditer(view, *sentence):
            target = _organisation_at(facts, cue.end(), sentence[1])
            for member in _members_before(facts, sentence, cue.start()) if target else ():
                if member != target:
                    facts.relate("MEMBER_OF", member, target, trim(view, sentence[0], sentence[1]))
        for admission in _ADMISSION.finditer(view, *sentence):
            names, end = _enumeration(view, admission, sentence[1])
            to = _TO.match(view, end)
            target = to and _organisation_at(facts, to.end(), sentence[1])
            target = target or _admitting_body(facts, sentence[0], admission.start())
            for member in (m for name in names for m in _members_at(facts, name)) if target else ():
                if member != target:
                    facts.relate("MEMBER_OF", member, target, trim(view, sentence[0], sentence[1]))
        for admission in _ADMISSION_LIST.finditer(view, *sentence):
            target = _body_before(facts, sentence[0], admission.start()) or page_owner(facts)
            for member in _listed_members(facts, admission.end(), sentence[1]) if target else ():
                if member != target:
                    facts.relate("MEMBER_OF", member, target, trim(view, *sentence))
        for joined in _JOINED.finditer(view, *sentence):
            if facts.context.states_not("MEMBER_OF", joined.start(), joined.end()):
                continue  # "Lyon is not a member of X", "Lyon n'est pas membre de X", "no es miembro de X"
            target = _organisation_at(facts, joined.end(), sentence[1])
            for member in _members_ending(facts, sentence[0], joined.start()) if target else ():
                if member != target:
                    facts.relate("MEMBER_OF", member, target, trim(view, sentence[0], sentence[1]))
        for admission in _ADMISSION_OF_TOWN.finditer(view, *sentence):
            to = _TO.match(view, admission.end())
            target = to and _organisation_at(facts, to.end(), sentence[1])
            member = target and home_town(facts)
            if target and member:
                facts.relate("MEMBER_OF", member, target, trim(view, sentence[0], sentence[1]))


_SEPARATORS = re.compile(lexicon.list_joint(",;"), re.I)
_ITEM_LEAD = re.compile(rf"^[ \t*•-]*(?:{_GOVERNMENT.pattern}|{_ARTICLE}(?:{_GOVERNMENT.pattern})?)", re.I)
# "l'adhésion de trois nouvelles collectivités : A, B et C": the members listed after a colon
_ADMISSION_LIST = guarded(re.compile(rf"\b{lexicon.words_re('admission_nouns')}[ \t]+{_OF}[^:.;\n]{{0,60}}:", re.I))
_ACRONYM_NOTE = re.compile(r"[ \t]*\([^()\n]{1,20}\)")


def joined_lists(facts: DocumentFacts) -> None:
    """ "L'Association des communes du Bénin (ANCB) et la Ville de Bamako ont rejoint CGLU Afrique",
    "La ville de Tours a également rejoint le réseau": every city or body of the subject list (the
    subject is names only, else it is prose) is a MEMBER_OF the body after the verb, or of the
    page's organisation when a common noun ("le réseau") stands for it."""
    view = facts.view
    for sentence in facts.context.sentences:
        for verb in _JOINED.finditer(view, *sentence):
            target = _organisation_at(facts, verb.end(), sentence[1])
            if not target or facts.context.states_not("MEMBER_OF", verb.start(), verb.end()):
                continue
            start = max(sentence[0], view.rfind(":", sentence[0], verb.start()) + 1)
            since = dates.SINCE_YEAR.search(view, verb.end(), sentence[1])
            listed = _listed_members(facts, start, verb.start())
            if not listed and not _NAMED_SUBJECT.search(view, start, verb.start()):
                # "En 2023 se sumaron a la red Rosario, Montevideo y Valparaíso": the members after the body
                listed = _listed_members(facts, _after_organisation(facts, verb.end()), sentence[1])
            for member in listed:
                if member != target:
                    facts.relate(
                        "MEMBER_OF", member, target, trim(view, *sentence), since=since.group(1) if since else None
                    )


# a subject with a capitalised word that no rule read as a member: the members are not after the verb
_NAMED_SUBJECT = re.compile(r"(?<![\w'’-])(?!(?:En|In|Dans|Durante|During|Au|Desde|Since|Depuis)\b)[A-ZÀ-Þ]")
_AFTER_BODY = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*(?:[,:][ \t]*)?")


def _after_organisation(facts: DocumentFacts, at: int) -> int:
    """Where the words after the organisation a verb names end ("a la red", "au réseau Cités Unies France")."""
    own = _OWN.match(facts.view, at)
    span = facts.org_span_at(at) or (own and facts.org_span_at(own.end() + 1))
    end = span[1] if span else own.end() if own else at
    return _AFTER_BODY.match(facts.view, end).end()


def _listed_members(facts: DocumentFacts, start: int, end: int) -> list[str]:
    """The cities and bodies of a list of names in [start, end), or none when anything else stands there."""
    view, found, at = facts.view, [], start
    for separator in [*_SEPARATORS.finditer(view, start, end), None]:
        item_end = separator.start() if separator else end
        item = view[at:item_end]
        lead = _ITEM_LEAD.match(item)
        name_start = at + (lead.end() if lead else 0)
        name_end = name_start + len(_ACRONYM_NOTE.sub("", view[name_start:item_end]).rstrip())
        s, e = trim(view, name_start, name_end)
        if e > s:
            if not view[s:e][:1].isupper() or len(view[s:e].split()) > 10 or any(c.isdigit() for c in view[s:e]):
                return []  # a lowercase word, a long run or a year: prose, not a list of names
            member = _member_at(facts, (s, e))
            if member is None:
                return []
            found.append(member)
        at = separator.end() if separator else end
    return found


def _body_before(facts: DocumentFacts, start: int, end: int) -> str | None:
    """The organisation that admits, named before the admission ("Le conseil d'administration du
    réseau X a approuvé l'adhésion de ..."): a body, or the one a council named there is part of."""
    for s, e in sorted(facts.org_spans):
        if start <= s and e <= end:
            body = add_org(facts, (s, e))
            if facts.entities[body].kind == "Council":
                body = next(
                    (r.target for r in facts.relations.values() if r.type == "PART_OF" and r.source == body), body
                )
            if facts.entities[body].kind in OWNER_KINDS:
                return body
    return None


def _organisation_at(facts: DocumentFacts, at: int, end: int) -> str | None:
    """The organisation named at ``at``: a body a rule read there, or "the Association" (the page's)."""
    span = facts.org_span_at(at)
    own = _OWN.match(facts.view, at)
    named = own and facts.org_span_at(own.end() + 1)
    if not span and named:  # "au réseau Cités Unies France": the noun, then the body's name
        span = named
    if span and span[1] <= end:
        body = add_org(facts, span)
        return body if facts.entities[body].kind in OWNER_KINDS else None
    if _OWN.match(facts.view, at):
        return page_owner(facts)
    return None


def _members_before(facts: DocumentFacts, sentence: tuple[int, int], cue: int) -> list[str]:
    """The member a sentence opens with ("Cádiz, miembro de ...", "The Lyon Foundation was approved as"),
    or the ones after an admission noun before the cue ("la incorporación de A y B como miembros")."""
    view = facts.view
    admission = next(_ADMISSION.finditer(view, sentence[0], cue), None)
    if admission:
        return _members_at(facts, admission.span("x"))
    opening = re.match(rf"[ \t*#]*{_ARTICLE}{_NAME}", view[sentence[0] : cue], re.I)
    member = opening and _member_at(facts, (sentence[0] + opening.start("x"), sentence[0] + opening.end("x")))
    return [member] if member else []


# "A, B y C": the items of a list of members (a body's own name may hold "y": read it whole first)
_LIST_SPLIT = re.compile(lexicon.list_joint(space=r"\s"))


def _members_at(facts: DocumentFacts, span: tuple[int, int]) -> list[str]:
    """The members named at ``span``: one city or body, or a list of them ("Manta y Piura",
    "la Asociación de Municipios y Provincias (AMP) y la Red X"): a separator inside a body's name
    splits nothing."""
    bodies = [(s, e) for s, e in facts.org_spans if s < span[1] and e > span[0]]
    cuts = [m for m in _LIST_SPLIT.finditer(facts.view, *span) if not any(s < m.start() < e for s, e in bodies)]
    if not cuts:
        lead = _ITEM_LEAD.match(facts.view[span[0] : span[1]])  # "the Municipality of Suva": the town
        town = lead and _GOVERNMENT.search(lead.group(0))  # "de la Rochelle": the article is the town's name's
        member = _member_at(facts, (span[0] + lead.end(), span[1]) if town else span)
        return [member] if member else []
    found, cursor = [], span[0]
    for m in [*cuts, None]:
        end = m.start() if m else span[1]
        item = _ITEM_LEAD.match(facts.view[cursor:end])  # "the Municipality of Suva": the town
        start = cursor + (item.end() if item else 0)
        member = start < end and _member_at(facts, (start, end))
        if member and member not in found:
            found.append(member)
        cursor = m.end() if m else end
    return found


# "Manta y Piura se han incorporado a la red", "AMHON y CNM se adhirieron a la sección": the members
# named right before the verb (lang/*.yaml "joined")
_JOINED = guarded(  # "membre d'X"
    re.compile(r"(?<=\s)" + lexicon.words_re("joined") + r"(?:\s+|(?<=['’]))" + _ARTICLE, re.I)
)
_NAME_ITEM = (
    r"(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:[ -](?:de|del|du|des|la|le|los|las|y|et|and|of|the|(?-i:[A-ZÀ-Þ])[\w'’.-]*)){0,8}?"
    r"(?:\s*\([^()\n]{1,40}\))?"
)
_JOINT_ACROSS_LINES = lexicon.list_joint(space=r"\s")
_MEMBER_LIST_END = re.compile(
    rf"{_NAME_ITEM}(?:{_JOINT_ACROSS_LINES}(?:(?:la|el|los|las|the|le|les)\s+|l['’])?{_NAME_ITEM})*\s*$"
)


def _members_ending(facts: DocumentFacts, start: int, end: int) -> list[str]:
    """The cities and bodies listed right before ``end`` (the verb), each one read."""
    m = _MEMBER_LIST_END.search(facts.view, max(start, end - 240), end)  # a list of a few names at most
    if not m:
        return []
    span = (m.start(), m.end() - len(m.group(0)) + len(m.group(0).rstrip()))
    lead = _GOVERNMENT.match(facts.view, *span)  # "el municipio de Ibarra se ha incorporado": the town
    return _members_at(facts, (lead.end(), span[1]) if lead else span)


def _member_at(facts: DocumentFacts, span: tuple[int, int]) -> str | None:
    """A city or a body named at ``span`` (its longest reading from the start)."""
    for s, e in facts.org_spans:
        if s <= span[0] + 4 and span[0] < e:
            body = add_org(facts, (s, e))
            return body if facts.entities[body].kind in ("Organisation", "City") else None
    text = facts.view[span[0] : span[1]]
    if any(fold(w) in orgs.HEAD_WORDS for w in text.split()):  # "Fundación Asamblea": a body, whatever town is so named
        return add_org(facts, span) if looks_like_org(text) else None
    words = list(re.finditer(r"\S+", text))
    for size in range(min(len(words), 4), 0, -1):
        end = span[0] + words[size - 1].end()
        name = facts.view[span[0] : end].strip(" ,")
        if name[:1].islower():
            name = name[:1].upper() + name[1:]  # "de la Seyne": "La Seyne"
        if fold(name.split()[-1]) in _COMMON:
            continue  # "la Ville", "the City": no name
        city = add_city(facts, (span[0], end), name, min_score=0.8)
        if city:
            return city
    return None


def _enumeration(view: str, first: re.Match, end: int) -> tuple[list[tuple[int, int]], int]:
    """The names of "X, Y et Z" from the first (``first``'s group x) and where the enumeration ends."""
    spans, at = [first.span("x")], first.end()
    if re.search(r"[ \t]+(?:de|of)$", view[first.start("x") : first.end("x")]):
        spans, at = (
            [(first.start("x"), view.rfind(" ", first.start("x"), first.end("x")))],
            view.rfind(" ", 0, first.end("x")),
        )
    while more := _NEXT_NAME.match(view, _after_note(view, at, end), end):
        spans.append(more.span("y"))
        at = more.end()
    return [part for span in spans for part in _split_and(view, span)], at


# "A (Rwanda), B (Fiji) and C": a bracketed note after a name of an enumeration
_NOTE = re.compile(r"[ \t]*\([^()\n]{1,40}\)")


def _after_note(view: str, at: int, end: int) -> int:
    """Where an enumeration goes on after a name: past a bracketed note ("Kigali (Rwanda), ...")."""
    note = _NOTE.match(view, at, end)
    return note.end() if note else at


def _admitting_body(facts: DocumentFacts, start: int, end: int) -> str | None:
    """ "l'AIMF a validé l'adhésion de X", "The UCLG Board accepted the membership applications of X":
    the organisation named before the admission in its sentence (a council's owner for a council)."""
    for span in sorted((s for s in facts.org_spans if start <= s[0] and s[1] <= end), reverse=True):
        body = add_org(facts, span)
        if facts.entities[body].kind == "Council":
            body = next((r.target for r in facts.relations.values() if r.type == "PART_OF" and r.source == body), body)
        if facts.entities[body].kind in OWNER_KINDS:
            return body
    return None


def _split_and(view: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """ "Ouagadougou et Abidjan": the names a name pattern took as one ("et", "and", "y" join names too)."""
    parts, start = [], span[0]
    for joint in _AND.finditer(view, span[0], span[1]):
        parts.append((start, joint.start()))
        start = joint.end()
    return [*parts, (start, span[1])]


# "are", "include", "sont", "son" between a new-members cue and its list, in place of a colon
_LIST_VERB = re.compile(
    r"[^:.;\n]{0,50}?[ \t](?P<verb>" + lexicon.classes_re("copulas", "list_intros") + r")[ \t]+(?=[A-ZÀ-Þ])",
    re.I,
)


def listed_members(facts: DocumentFacts) -> None:
    """ "New members:" then a list ("- Curitiba (Brazil)" a line each, or "A, B and C" after the
    colon): each listed city or body is a MEMBER_OF the organisation the cue names ("new members of
    UCLG:"), else the one in the page's title, else the page's own organisation."""
    view = facts.view
    for cue in _NEW_MEMBERS.finditer(view):
        line = facts.context.line_at(cue.start())
        line_end = line.end
        colon = view.find(":", cue.end(), line_end)
        verb = _LIST_VERB.match(view, cue.end(), line_end) if colon < 0 else None
        if colon < 0 and not verb:
            continue
        colon = verb.start("verb") if verb else colon  # "The new members of UCLG are A, B and C"
        items = items_after(facts, verb.end() if verb else colon + 1, line_end)
        target = items and (_list_owner(facts, cue.end(), colon) or _owner_after(facts, items[-1][1]))
        _members_listed(facts, items, target, line.start)


def _members_listed(facts: DocumentFacts, items: list[tuple[int, int]], target: str | None, start: int) -> None:
    """Each item of a members' list that names a city or body: MEMBER_OF ``target``."""
    for item in items if target else ():
        member = listed_member(facts, item)
        if member and member != target:
            facts.relate("MEMBER_OF", member, target, trim(facts.view, start, item[1]))


# a line that is only a heading of members ("Member associations", "ASOCIACIONES MIEMBRO") (x-links)
_MEMBER_HEADING = re.compile(
    r"^[ \t#*•▪■»\[\]+-]*" + "(?:" + lexicon.words_re("member_list_headings") + ")" + r"[ \t]*:?[ \t]*$", re.M | re.I
)


_NAME_BEFORE_COMMA = re.compile(r"[ \t*•-]*([A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){1,3})[ \t]*(?:,|—|–|-[ \t])")


def _person_line(text: str) -> bool:
    """ "Anna Berg, Mayor of X", "Luis Pardo — Councillor": a line that opens with a person's name."""
    m = _NAME_BEFORE_COMMA.match(text)
    return bool(m and people.looks_like_name(m.group(1)))


_DOTS = re.compile(r"[ \t]+[·•|▪][ \t]+")


def _dotted_items(facts: DocumentFacts, end: int) -> list[tuple[int, int]]:
    """ "A (X) · B (Y) · C (Z)" on the line under a heading: its items, else none."""
    view = facts.view
    start = end + 1 if view[end : end + 1] == "\n" else end
    line_end = view.find("\n", start)
    line_end = len(view) if line_end < 0 else line_end
    cuts = list(_DOTS.finditer(view, start, line_end))
    if not cuts:
        return []
    bounds = [start, *(p for c in cuts for p in c.span()), line_end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2) if view[bounds[i] : bounds[i + 1]].strip()]


def member_headings(facts: DocumentFacts) -> None:
    """ "Member associations" over short lines: each line's city or body is a member of the page's
    organisation (the one the title names, else the page's own) (x-links)."""
    for heading in _MEMBER_HEADING.finditer(facts.view):
        items = _dotted_items(facts, heading.end()) or items_after(facts, heading.end(), heading.end())
        if items and not any(_person_line(facts.view[s:e]) for s, e in items):  # a board's members are people
            _members_listed(facts, items, _list_owner(facts, heading.start(), heading.start()), heading.start())


def items_after(facts: DocumentFacts, start: int, line_end: int) -> list[tuple[int, int]]:
    """The items of a list after a colon: the rest of the line split at commas and "and", or the
    short lines below it (bulleted or not) up to a blank line or a line of prose."""
    view = facts.view
    if view[start:line_end].strip():
        end = facts.context.sentence_at(start)
        end = min(line_end, end[1]) if end else line_end
        items, at = [], start
        for joint in _ITEM_JOINT.finditer(view, start, end):
            if view.count("(", at, joint.start()) == view.count(")", at, joint.start()):  # not inside brackets
                items.append((at, joint.start()))
                at = joint.end()
        return [item for item in [*items, (at, end)] if view[item[0] : item[1]].strip()]
    items: list[tuple[int, int]] = []
    index = facts.context.lines.index(facts.context.line_at(start)) + 1
    for line in facts.context.lines[index:]:
        text = line.text.strip()
        if not text:
            if items:
                break
            continue
        entry = facts.context.entry_at(line.end - len(line.text.lstrip()) + 2)
        if len(text) > 70 or (not entry and text.endswith((".", ":"))):
            break  # prose again, or the next heading
        begin = entry[0] if entry else line.start
        items.append((begin, line.start + len(line.text.rstrip())))
    return items


def _list_owner(facts: DocumentFacts, start: int, colon: int) -> str | None:
    """The organisation of a members' list: named between the cue and the colon, else in the title, else the page's."""
    for span in sorted(facts.org_spans):
        if start <= span[0] < colon:
            body = add_org(facts, span)
            # "New members of the Executive Bureau:": people on a council, no membership of a body
            return body if facts.entities[body].kind in OWNER_KINDS else None
    line = facts.context.line_at(start)
    for span in sorted(facts.org_spans):  # "ICLEI is pleased to welcome the following new members:"
        if line.start <= span[0] < start:
            body = add_org(facts, span)
            if facts.entities[body].kind in OWNER_KINDS:
                return body
    end = title_end(facts)
    for span in sorted(facts.org_spans):
        if span[1] <= end:
            body = add_org(facts, span)
            if facts.entities[body].kind in OWNER_KINDS:
                return body
    return page_owner(facts)


def listed_member(facts: DocumentFacts, item: tuple[int, int]) -> str | None:
    """The city or body a list item names; a country after it ("Kazan (Russia)") picks the namesake."""
    m = _ITEM.match(facts.view, item[0], item[1])
    if not m or not m.group("name")[:1].isupper() or len(m.group("name").split()) > 5:
        return None  # "New members: we now count 200": prose, no list
    name = m.span("name")
    for s, e in facts.org_spans:
        if s <= name[0] < e:
            body = add_org(facts, (s, e))
            return body if facts.entities[body].kind in ("Organisation", "City") else None
    text = m.group("name")
    if any(fold(w) in orgs.HEAD_WORDS for w in text.split()) and looks_like_org(text):
        return add_org(facts, name)  # "- Association of Finnish Municipalities (Finland)"
    lead = _GOVERNMENT.match(facts.view, name[0], name[1])  # "City of Cape Town", "Municipalidad de Rosario"
    name = (lead.end(), name[1]) if lead and lead.end() < name[1] else name
    if (not lead and people.looks_like_name(text)) or any(
        facts.entities[i].kind == "Person" for i, (s, e) in facts.first_span.items() if s < name[1] and name[0] < e
    ):
        return None  # "- Jane Roe (Lyon)": a person
    hint = m.group("bracket") or m.group("after")
    code = hint and places.resolve_country(hint.strip())
    region = hint and places.resolve_region(hint.strip())
    if region and region != code and places.resolve_city(facts.view[name[0] : name[1]], region, guess=False):
        code = region  # "Athens (Georgia)": the state, not the country of that name
    city = add_city(facts, name, context=(code,) if code else True, min_score=0.6 if code else 0.8)
    return city if city and (not code or facts.entities[city].props.get("country") == code) else None


def _owner_after(facts: DocumentFacts, end: int) -> str | None:
    """ "- Quito (Ecuador)\nThe new members join the Union of ...": the body the sentence after the list names."""
    sentence = next((s for s in facts.context.sentences if s[0] >= end), None)
    if not sentence or sentence[0] - end > 3 or not _MEMBER_WORD.search(facts.view, *sentence):
        return None
    for span in sorted(facts.org_spans):
        if sentence[0] <= span[0] and span[1] <= sentence[1]:
            body = add_org(facts, span)
            if facts.entities[body].kind in OWNER_KINDS:
                return body
    return None
