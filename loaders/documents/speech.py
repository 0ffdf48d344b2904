"""Who took part in a meeting and the offices named beside them, read from running text:
co-chairs, participation, role cues inside sentences, offices after or before a name, and
the speaking verbs that make a person a speaker ("a insisté", "said", "señaló")."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from munigraph.graph.resolution import orgs, people, places
from munigraph.graph.text import fold
from munigraph.loaders.documents import dates, lexicon, roles
from munigraph.loaders.documents.agenda import council_above
from munigraph.loaders.documents.bodies import office_of_page, page_owner
from munigraph.loaders.documents.bodies import title_end as bodies_title_end
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import Line, guarded, trim
from munigraph.loaders.documents.names import cut_name, people_in, split_list
from munigraph.loaders.documents.prose import is_city, list_bodies, primary_org, sentence_at
from munigraph.loaders.documents.resolve import (
    TOWN_CUE,
    TOWN_NAME,
    TOWN_NAME_PATTERN,
    add_affiliation,
    add_city,
    add_org,
    add_person,
    add_unlisted_city,
    home_town,
    is_big_city,
    is_field,
    masthead_town,
    org_match,
)


def _council(facts: DocumentFacts, sentence: tuple[int, int], verb_start: int) -> str | None:
    """The council a sentence is about: named before the verb, or the document's main council."""
    text = facts.view[sentence[0] : verb_start]
    for start, end in facts.org_spans:
        if not sentence[0] <= start < verb_start:
            continue
        org_id = facts.bodies.get((start, end)) or org_match(facts, (start, end)).id  # a council a rule read there
        read = facts.entities.get(
            org_id
        )  # a span read under another id ("Policy Council on X of UCLG") is not this one
        if read is not None and read.kind == "Council":
            return org_id
    if re.search(r"\b(?:conseil|council|consejo|commission|committee|comisi[oó]n|groupe|group|grupo)\b", text, re.I):
        councils = Counter({i: facts.mentions.get(i, 0) for i, e in facts.entities.items() if e.kind == "Council"})
        if councils:
            return councils.most_common(1)[0][0]
    return None


_CO_CHAIR = re.compile(r"\b" + lexicon.words_re("co_chaired_by") + r"\s+", re.I)


def co_chairs(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "Le Conseil est co-présidé par A, maire de T, B, ... et C": CO_CHAIRS and each one's offices.

    When the sentence names the meeting the document is about ("le Conseil s'est réuni à
    Mexico, co-présidé par A et B"), they also chaired that meeting: they attended it.
    """
    view = facts.view
    meeting = facts.first_span.get(main_id) if main_id else None
    for sentence in facts.context.sentences:
        for m in _CO_CHAIR.finditer(view, *sentence):
            council = _council(facts, sentence, m.start())
            names = [(s, e) for s, e in people_in(view, m.end(), sentence[1]) if not _after_town_cue(view, s)]
            chaired = meeting is not None and sentence[0] <= meeting[0] < sentence[1]
            for i, (s, e) in enumerate(names):
                person = add_person(facts, (s, e))
                seg_end = names[i + 1][0] if i + 1 < len(names) else sentence[1]
                if council:
                    facts.relate("CO_CHAIRS", person, council, trim(view, m.start(), e))
                if chaired:
                    facts.relate(
                        "ATTENDED", person, main_id, trim(view, m.start(), e), role="moderator", status="confirmed"
                    )
                offices_after(facts, person, s, e, seg_end)


_PARTICIPATION = guarded(re.compile(r"\b" + lexicon.words_re("participation") + r"\s*", re.I))


def participation(facts: DocumentFacts, main_id: str | None) -> None:
    """ "avec la participation de A, maire de X, et B (Org)": they attend the meeting; their offices."""
    if not main_id:
        return
    view = facts.view
    for m in _PARTICIPATION.finditer(view):
        sentence = sentence_at(facts, m.start()) or (m.start(), m.end())
        like = _CITIES_LIKE.search(view, m.end(), sentence[1])  # "... and cities such as A, B and C"
        names = _named_people(view, m.end(), like.start() if like else sentence[1])
        if not names:  # "con la presencia del PNUD y el FAMSI": bodies take part
            for body in list_bodies(facts, m.end()):
                facts.relate("ATTENDED", body, main_id, sentence, role="participant", status="confirmed")
        for city in _cities_listed(facts, like.end(), sentence[1]) if like else ():
            facts.relate("ATTENDED", city, main_id, sentence, role="participant", status="confirmed")
        for i, (s, e) in enumerate(names):
            person = add_person(facts, (s, e))
            seg_end = names[i + 1][0] if i + 1 < len(names) else sentence[1]
            seg_start = names[i - 1][1] if i else m.end()  # "is awaiting confirmation X": the marker may come first
            stop = view.find(". ", e, seg_end)  # the next sentence's marker is the next person's
            status = (
                "tentative" if roles.TENTATIVE.search(view, seg_start, stop if stop >= 0 else seg_end) else "confirmed"
            )
            facts.relate("ATTENDED", person, main_id, sentence, role="participant", status=status)
            plural = _PLURAL_OFFICE.match(view, m.end())  # "of mayors A (X), B (Y)": offices_in_plural reads them
            if not offices_after(facts, person, s, e, seg_end) and not plural:
                _plain_affiliation(facts, person, s, e, seg_end)


_CITIES_LIKE = re.compile(r"(?<![\w-])" + lexicon.words_re("cities_like") + r"\s+", re.I)


def _cities_listed(facts: DocumentFacts, start: int, end: int) -> list[str]:
    """The cities of an enumeration "A, B, San José de Costa Rica y C" (each a gazetteer city)."""
    found = []
    for s, e in split_list(facts.view, start, end):
        s, e = trim(facts.view, s, e)
        e = s + len(facts.view[s:e].rstrip(" .;"))
        city = add_city(facts, (s, e), min_score=0.8, context=False)
        if city is None:
            return found  # the list has ended
        found.append(city)
    return found


# A cue that reads in running text ends with "by" ("sous la présidence de": "of" in a role's phrase).
_PROSE_CUE_END = re.compile(r"(?:by|par|por|pr[ée]sidence\s+d[e'’])$", re.I)


def cued_in_prose(facts: DocumentFacts, main_id: str | None) -> None:
    """ "La sesión fue moderada por A, alcaldesa de X, y contó con...": a role cue deep in a
    sentence (the agenda rules read cues that open a line). The people after it, up to the
    next cue or the end of the sentence, attend the meeting in that role."""
    if not main_id:
        return
    view = facts.view
    # "15:00 – Visit of the port, presented by A": a session's slot line, read by the agenda rules
    slot_lines = {
        facts.context.line_index(facts.first_span[i][0]) for i in facts.programme_sessions if i in facts.first_span
    }
    for m in roles.CUE.finditer(view):
        if not _PROSE_CUE_END.search(m.group(0)) and m.lastgroup != "participant" or m.lastgroup == "cochair":
            continue  # "Speakers:" lists are agenda forms ("Present:" also opens one in prose); co-chairs: co_chairs
        if slot_lines and facts.context.line_index(m.start()) in slot_lines:
            continue
        line_start = view.rfind("\n", 0, m.start()) + 1
        before = view[line_start : m.start()]
        if not re.search(r"[.;]", before) and len(before.split()) <= 3:
            continue  # near the start of a line: an agenda entry
        if _after_organisation(facts, m.start()):
            continue  # "le comité de jumelage, présidé par A": who heads a body (heads.headed_bodies), not a meeting
        sentence = sentence_at(facts, m.start()) or (m.start(), m.end())
        if named_later(facts, main_id, sentence[1]):
            continue  # "Le réseau a tenu son assemblée, présidée par A. [...] la Ville a accueilli le Forum": not the Forum's
        stops = [x.start() for x in (_PARTICIPATION.search(view, m.end(), sentence[1]),
                                     roles.CUE.search(view, m.end(), sentence[1])) if x]  # fmt: skip
        end = min([sentence[1], *stops])
        # "par le vice-ministre de X, Y": a run right after "de" is the office's place, no one's name
        names = _named_people(view, m.end(), end)
        between = view[m.end() : names[0][0]].strip(" *:") if names else "?"
        if (
            between
            and people.leading_title(f"{between} X") != len(between) + 1
            and not _office_phrase(between)
            and not _office_phrase(_PLACE_FIRST.sub("", between))
        ):
            continue  # the cue is not followed by a name (an honorific or an office may come first: "par M. X")
        for i, (s, e) in enumerate(names):
            person = add_person(facts, (s, e))
            seg_end = names[i + 1][0] if i + 1 < len(names) else end
            clause = re.search(r",?\s+(?:y|et|and)\s+(?=[a-zà-ÿ])", view[e:seg_end])  # ", y contó con..."
            seg_end = e + clause.start() if clause else seg_end
            seg_start = names[i - 1][1] if i else m.end()  # "is awaiting confirmation X": the marker may come first
            stop = view.find(". ", e, seg_end)  # the next sentence's marker is the next person's
            status = (
                "tentative" if roles.TENTATIVE.search(view, seg_start, stop if stop >= 0 else seg_end) else "confirmed"
            )
            host = _host_office(facts, person, main_id, view[seg_start:s], (seg_start, e))
            # "presidida por A, que habló con B": B, named in a clause about A, only takes part
            aside = i and _RELATIVE.search(view, names[0][1], s)
            role = "host" if host else "participant" if aside else m.lastgroup
            facts.relate("ATTENDED", person, main_id, trim(view, m.start(), seg_end), role=role, status=status)
            if not offices_after(facts, person, s, e, seg_end):
                _plain_affiliation(facts, person, s, e, seg_end)


def _after_town_cue(view: str, start: int) -> bool:
    """ "la ville de Buenos Aires": a town named after a city-government prefix, no person."""
    return any(m.end() == start for m in TOWN_CUE.finditer(view, max(0, start - 40), start + 1))


def named_later(facts: DocumentFacts, event_id: str, sentence_end: int) -> bool:
    """The event is first named in prose after the sentence that ends at ``sentence_end``: the
    sentence reports another activity (a report's paragraphs), so its people do not attend it."""
    span = facts.first_span.get(event_id)
    return span is not None and span[0] >= sentence_end and "\n\n" in facts.view[: span[0]].strip()


def _after_organisation(facts: DocumentFacts, at: int) -> bool:
    """An organisation (no council, which meets) named right before ``at``, a comma between."""
    gap = re.search(r"[ \t]*,?[ \t]*$", facts.view[max(0, at - 4) : at])
    end = at - len(gap.group(0)) if gap else at
    return any(
        facts.bodies.get(span) and facts.entities[facts.bodies[span]].kind == "Organisation"
        for span in facts.org_spans_ending(end)
    )


# "chaired by Lisbon Mayor Carla Nunes": a place before the office
_PLACE_FIRST = re.compile(r"^(?:the\s+)?[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?\s+(?=[\w-]+)(?=.*\w)")
_RELATIVE = re.compile(r",\s*(?:que|qui|who|which|quien)\s", re.I)
_HOST = lexicon.word_class("host_words")


def _host_office(facts: DocumentFacts, person: str, event_id: str, apposition: str, span: tuple[int, int]) -> bool:
    """ "presidida por la intendenta anfitriona, A": the host mayor, of the city the meeting is
    held in; True when the apposition says host."""
    if not _HOST.search(apposition):
        return False
    office = roles.office(re.sub(r"^[\s;,]*(?:(?:y|et|and)\s+)?(?:the|le|la|l['’]|el)\s+", "", apposition, flags=re.I))
    cities = [r.target for r in facts.relations.values() if r.type == "HELD_IN" and r.source == event_id]
    if office and office[0] in roles.CITY_OFFICES and len(cities) == 1:
        facts.office(person, cities[0], trim(facts.view, *span), office[0])
    return True


# "jefe de Despacho", "encargado de la Unidad": after "of" an office's field or body; not "et de A" (a list)
_AFTER_OF = re.compile(
    r"(?<![\w'’])(?<!\bet )(?<!\by )(?<!\band )(?<!, )(?:(?:de|del|of|du|des)(?:\s+(?:la|las|los|le|les|the))?\s+|d['’]\s*)$",
    re.I,
)


def _named_people(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """People named in [start, end), not a run right after "de" ("jefe de Despacho de Presidencia")."""
    return [n for n in people_in(view, start, end) if not _AFTER_OF.search(view, max(start, n[0] - 9), n[0])]


_ARTICLE = re.compile(r"^(?:the|le|la|les|l['’]|el|los|las)\s*", re.I)


def _office_phrase(text: str) -> bool:
    """ "the President of MedCities and Mayor of Tetouan Mr.": an office (of a place or a body)
    written between a cue and the name it introduces, in one clause."""
    return (
        len(text) <= 120
        and not re.search(r"[.;:!?](?:\s|$)", text[:-1])
        and roles.office(_ARTICLE.sub("", text)) is not None
    )


def _plain_affiliation(facts: DocumentFacts, person: str, name_start: int, start: int, end: int) -> None:
    """ "A (Cities Alliance)" / "A, de Barcelone": a body or a city right after a name, no office."""
    view = facts.view
    m = re.match(
        r"\s*(?:\(([^()]{2,80})\)|,\s*(?:de |of |from |del )?([A-ZÀ-Þ][^,;()]{1,80}?))(?=\s*(?:,|;|\.|\)|$| et | and | y ))",
        view[start:end],
    )
    if not m:
        return
    group = 1 if m.group(1) else 2
    s, e = start + m.start(group), start + m.end(group)
    found = add_affiliation(facts, (s, e))
    if found and found[1] in ("City", "Organisation"):
        facts.relate("AFFILIATED_WITH", person, found[0], trim(view, name_start, e))


def _unbracketed(text: str) -> str:
    """ "(Mayor of Cascais)", "(presidenta de la UIM" / "exalcaldesa de X)": an office in brackets right after
    a name, read without them; "Mayor of Amman (Jordan)" keeps its own (x-speak)."""
    if text.startswith("("):
        text = text[1:]
        return text[:-1] if text.endswith(")") and "(" not in text else text
    return text[:-1] if text.endswith(")") and "(" not in text else text


def offices_after(facts: DocumentFacts, person: str, name_start: int, start: int, end: int) -> bool:
    """ ", maire de Tunis, président de X (ACR) et coprésident de CGLU" after a name; True when one was read."""
    view = facts.view
    read = False
    parts = split_list(view, start, end)
    for s, e in parts:
        article = re.match(r"\s*(?:the|le|la|el|l')\s+", view[s:e], re.I)
        if article and s > start and re.search(r"\s(?:and|et|y)\s*$", view[max(start, s - 6) : s]):
            break  # "X, director of Y, and the director of Z": the office of someone unnamed
        s += article.end() if article else 0
        text = view[s:e]
        office = roles.office(_unbracketed(text.strip(" *")))
        if not office:
            read = _body_then_office(facts, person, name_start, s, e) or read
            continue
        read = True
        role, written, rest = office
        facts.entities[person].props.setdefault("title", written)
        offset = s + text.find(written) + len(written)
        known = _known_body_at(facts, offset)
        if known:  # "co-chair of the UCLG Policy Council on the Right to the City": read whole
            facts.office(person, add_org(facts, known), trim(view, name_start, known[1]), role)
            continue
        for target in roles.office_targets(rest):
            if is_field(target):
                break  # "Director of Housing, City of Barcelona": the body comes next
            if (s, e) != parts[-1] and roles.GOVERNMENT_UNIT.fullmatch(target.strip(" *")):
                break  # "Head of the Climate Office, Valencia City Council": a unit of what comes next (x-prec2)
            t_start = offset + view[offset:e].find(target)
            dashed = t_start + len(_DASHED.split(target, 1)[0])  # "Alcalde de Soria - PSOE": the party after
            t_end = dashed if role in roles.CITY_OFFICES else min(dashed, cut_name(view, t_start, e))
            t_end = max(t_end, _paren_end(view, t_end, e))
            found = add_affiliation(facts, (t_start, t_end), role in roles.CITY_OFFICES, strict=role in roles.STAFF)
            if found:
                facts.office(person, found[0], trim(view, name_start, t_end), role)
                _party_after(facts, person, name_start, t_end)
                break
        else:
            on_line = rest.split("\n", 1)[0]  # "maire\nTours (France) – ...": the next line is the next entry
            opening = role in roles.CITY_OFFICES and _no_place(on_line) and _line_city(facts, name_start)
            if opening:  # "Bamako (Mali) – M. A, maire": the town that opens the entry's line (x-office)
                facts.office(person, opening, trim(view, view.rfind("\n", 0, name_start) + 1, offset), role)
            elif role.endswith(_PORTFOLIO_OFFICES) and _no_place(rest):
                _office_of_town(facts, person, role, (name_start, offset), (offset, e))
            elif not rest.strip(" .;") and (s, e) == parts[-1]:  # "Mme A, directrice exécutive" (x-office)
                _office_of_page(facts, person, role, (name_start, offset))
    return read


def _office_of_page(facts: DocumentFacts, person: str, role: str, span: tuple[int, int]) -> bool:
    """An office with nothing it is of: the organisation the page speaks for, named before it (x-office)."""
    owner = (page_owner(facts) or _page_owner(facts, None, span[0])) if role in roles.BODY_OFFICES else None
    return office_of_page(facts, person, role, trim(facts.view, *span), owner)


# "adjoint délégué à la promotion de la Ville", "adjointe au maire chargée de la culture": a field, no place
_FIELD_AFTER = re.compile(r"^[\s,]*(?:$|(?:" + lexicon.words_re("portfolio_cues") + r"|à la|à l['’]|au|aux)\s)", re.I)


def _no_place(rest: str) -> bool:
    """Nothing after a town office, or only its portfolio."""
    return bool(_FIELD_AFTER.match(rest)) or _portfolio(rest)


def _office_of_town(
    facts: DocumentFacts, person: str, role: str, name: tuple[int, int], portfolio: tuple[int, int]
) -> None:
    """A deputy mayor's or councillor's office with no place of its own: the town its portfolio
    names ("à la culture de la ville de Pau"), else the one city before it in the sentence, else
    the one town whose government the page names ("le conseil municipal de La Seyne")."""
    cue = TOWN_CUE.search(facts.view, *portfolio)
    town = cue and TOWN_NAME.match(facts.view, cue.end())
    city = (add_city(facts, town.span(), min_score=0.8) if town else None) or _town_of_office(facts, name[0])
    if city:
        facts.office(person, city, trim(facts.view, name[0], portfolio[1]), role)


def _town_of_office(facts: DocumentFacts, at: int, sentence: bool = True) -> str | None:
    """The town of a town office written with no place at ``at``: the one city before it in the
    sentence (when ``sentence``), else the town its headline opens with (a municipal news page: "El alcalde, A, ..." is
    its town's mayor), else the one town whose government the page names."""
    in_sentence = sentence and (_city_before(facts, at) or _government_before(facts, at))
    return in_sentence or title_town(facts) or masthead_town(facts) or home_town(facts)  # masthead: x-office


def title_town(facts: DocumentFacts) -> str | None:
    """The town a headline opens with ("Uruapan y Quillota ratifican ...", "Cabildo de Mérida
    aprueba ..."), named again in the text: the acting town of a municipal news page."""
    title = next((ln for ln in facts.context.lines if ln.text.strip(" *#") and not ln.text.startswith("SOURCE:")), None)
    if title is None:
        return None
    opening = re.match(r"[\s*#]*(?:\S+\s+){0,2}", title.text)  # the town stands within its first words
    limit, title_end = title.start + (opening.end() if opening else 0), title.end
    for m in TOWN_NAME.finditer(facts.view, title.start, title_end):
        if m.start() > limit:
            break
        words = m.group(0).split()
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            again = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", facts.view[title_end:])
            city = (
                again
                and is_city(facts, name, strong=True)
                and add_city(facts, (m.start(), m.start() + len(name)), name, min_score=0.8)
            )
            if city:
                return city
    return None


def _government_before(facts: DocumentFacts, at: int) -> str | None:
    """The town whose government the sentence names last before ``at`` ("la Municipalidad de Piura
    estuvo representada por el teniente alcalde, A"), read now if no rule read it yet."""
    sentence = facts.context.sentence_at(at) or (at, at)
    cues = list(TOWN_CUE.finditer(facts.view, sentence[0], at))
    town = cues and TOWN_NAME.match(facts.view, cues[-1].end())
    return add_city(facts, town.span(), min_score=0.8) if town and town.end() <= at else None


def _body_then_office(facts: DocumentFacts, person: str, name_start: int, start: int, end: int) -> bool:
    """ "GPM Vice Chair", "UCLG Treasurer": a known body, then an office and nothing more."""
    view = facts.view
    body = facts.org_span_at(start + len(view[start:end]) - len(view[start:end].lstrip()))
    colon = view.find(":", body[1], end) if body else -1
    end = colon if colon >= 0 else end  # "GPM Vice Chair: “Democracy ...": the quote is no part of the office
    office = body and roles.office(view[body[1] : end].strip(" *"))
    if not office or office[2].strip() or not view[body[1] : body[1] + 1].isspace():
        return False
    facts.office(person, add_org(facts, body), trim(view, name_start, end), office[0])
    return True


_BRACKET = re.compile(r"(?:[ \t]+(?:of|de|del|d['’])[ \t]*" + TOWN_NAME_PATTERN + r")?[ \t]*\(([^()\n]{3,60})\)")


def offices_in_brackets(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "Mayor Ana Roe of Iriga (UCLG Treasurer)", "Jan Poe (ICLEI President)": the office in
    brackets after a person's name, in the body it names first."""
    view = facts.view
    for s, e in people_in(view, 0, len(view)):
        m = _BRACKET.match(view, e)
        person = people.person_id(people.strip_titles(facts.surface(s, e)))
        if m and person in facts.entities and not _body_then_office(facts, person, s, m.start(1), m.end(1)):
            offices_after(facts, person, s, m.start(1), m.end(1))  # "Jane Roe (Mayor of Leeds)" (x-speak)


_DASHED = re.compile(r"\s+[-–—]\s+")
_PARTY = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+[-–—]\s+([A-Z][A-Za-z]{0,2}[A-Z]{1,5})\b(?![-'’])")


def _party_after(facts: DocumentFacts, person: str, name_start: int, at: int) -> None:
    """ "Alcaldesa de Soria - PSOE": an acronym after a spaced dash closing an office is the
    person's party, a tie with no named office (AFFILIATED_WITH)."""
    m = _PARTY.match(facts.view, at)
    if m and orgs.is_acronym(m.group(1)):
        facts.relate("AFFILIATED_WITH", person, add_org(facts, m.span(1)), trim(facts.view, name_start, m.end()))


def _known_body_at(facts: DocumentFacts, at: int) -> tuple[int, int] | None:
    """The well-known body named right after an office ("of the", "de la" between)."""
    spans = sorted(facts.org_spans)
    i = bisect.bisect_left(spans, (at, at))
    if i == len(spans) or not _OF_THE.fullmatch(facts.view, at, spans[i][0]):
        return None
    start, end = spans[i]
    following = spans[i + 1] if i + 1 < len(spans) else None
    between = facts.view[end : following[0]] if following else "\n"
    if not between.strip() and "\n" not in between:  # a line break ends the name: the next line's body is another
        return following  # "UCLG Policy Council on ...": the owner's name, then its body
    return start, end


_OF_THE = re.compile(
    r"\s*(?:of|de|du|des|del|for|pour|para|d['’]|de la|de l['’]|de los|de las)?\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+)?",
    re.I,
)


def _paren_end(view: str, at: int, limit: int) -> int:
    m = re.match(r"\s*\([A-Z][A-Z0-9&-]{1,11}\)", view[at:limit])
    return at + m.end() if m else at


# Verbs that say a person spoke at (so attended) the meeting a report is about.
def _speaking_verbs() -> re.Pattern:
    """Each language's speaking verbs, after its auxiliary where it has one ("a insisté", "said")."""
    parts = []
    for code in lexicon.languages():
        verbs = lexicon.words_re("speaking_verbs", code)
        auxiliaries = lexicon.words("speaking_auxiliaries", code)
        if auxiliaries:
            adverbs = lexicon.words("speaking_adverbs", code)
            between = rf"(?:{lexicon.alternation(adverbs)}\s+)?" if adverbs else ""
            parts.append(rf"\b{lexicon.alternation(auxiliaries)}\s+{between}{verbs}")
        elif lexicon.words("speaking_verbs", code):
            parts.append(rf"\b{verbs}\b")
    return re.compile("|".join(parts), re.I)


SPOKE = guarded(_speaking_verbs())


def offices_in_prose(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "Jean-Pierre Elong Mbassi, Secrétaire général de CGLU-Afrique, a insisté": offices after a name.

    In a document about a meeting, a person who "a insisté / said / señaló" there spoke at it.
    """
    view = facts.view
    names = people_in(view, 0, len(view))
    for i, (s, e) in enumerate(names):
        after = view[e : e + 200]
        m = re.match(r"\s*,\s*(?:(?:the|le|la|el|l')\s+)?", after, re.I)  # ", the SG of Metropolis"
        if not m or not roles.office(after[m.end() :]):
            continue
        if facts.org_index().covers(s, e):
            continue  # "vice-présidente de Cités Unies France, maire adjointe de Poitiers": a body, her second office
        line_start = view.rfind("\n", 0, s) + 1
        office_start = e + m.end()
        if not view[line_start:s].strip(" *-•>#") and not _VERB.search(view, office_start, _line_end(view, s)):
            continue  # a name opening a line with no verb after it is an agenda entry, read by the agenda rules
        person = add_person(facts, (s, e))
        office_end = cut_name(view, office_start, min(len(view), office_start + 200))
        rest_end = _office_phrase_end(view, office_start)
        next_name = names[i + 1][0] if i + 1 < len(names) else len(view)
        end = min(max(office_end, rest_end), next_name, _entry_line_end(view, office_start))
        if not _office_of_next(view, s, office_start, next_name):
            offices_after(facts, person, s, office_start, end)
        _spoke(facts, person, s, main_id)


# A line that opens a new entry of a roster: a bullet, or a heading word and a colon ("Trésorier : ...")
_ENTRY_LINE = re.compile(r"[ \t]*(?:[-*•–][ \t]|[^\W\d_][^\n:.;,]{0,40}[ \t]*:(?:[ \t]|\n|$))")


def _entry_line_end(view: str, at: int) -> int:
    """Where the line holding ``at`` ends, when the next line opens a roster entry of its own
    ("Président : A, maire de Bouaké" above "Trésorier : B"): an office stops at it. A line
    wrapped inside a sentence goes on (len(view))."""
    end = view.find("\n", at)
    return end if end >= 0 and _ENTRY_LINE.match(view, end + 1) else len(view)


def _office_of_next(view: str, name_start: int, office_start: int, next_name: int) -> bool:
    """ "the Mayor of Lyon, Ana Roe, the Mayor of Nice, Ben Poe": in a list of "office, Name", the
    office after a name that had its own before it runs into the next name and is that one's."""
    between = view[office_start:next_name]
    return bool(re.fullmatch(r"[^,;.:\n()]{3,90},[ \t]*", between)) and _office_comma_before(view, name_start)


def _office_comma_before(view: str, name_start: int) -> bool:
    """ "el alcalde de Medellín, Daniel Quintero": an office of something, a comma, then the name."""
    comma = re.search(r",[ \t]*$", view[max(0, name_start - 5) : name_start])
    if not comma:
        return False
    end = name_start - len(comma.group(0))
    clause = max(max(view.rfind(c, 0, end) for c in ".;:\n,(") + 1, end - 90)
    for m in re.finditer(r"(?<![\w'’-])\w", view[clause:end]):
        office = roles.office(view[clause + m.start() : end])
        if office and roles.office_targets(office[2]):
            return True
    return False


def _spoke(facts: DocumentFacts, person: str, start: int, main_id: str | None) -> None:
    if not main_id:
        return
    sentence = sentence_at(facts, start)
    if sentence and speaks(facts.view, start, sentence):
        facts.relate("ATTENDED", person, main_id, sentence, role="speaker", status="confirmed")


def speaks(view: str, start: int, sentence: tuple[int, int]) -> bool:
    """The name at ``start`` is the subject of a speaking verb: after it ("X a insisté") or
    right before it ("a déclaré X")."""
    if SPOKE.search(view, start, sentence[1]):
        return True
    return any(_only_titles(view[m.end() : start]) for m in SPOKE.finditer(view, sentence[0], start))


def _only_titles(text: str) -> bool:
    """Nothing, or only honorifics and offices, between a speaking verb and a name ("said Mayor Jane Roe")."""
    return people.only_titles(text.strip(" ,"))


# The verb that ends an office phrase in a sentence ("..., Secrétaire général de X a insisté")
_VERB = re.compile(r"\s(?:a|ont|est|sont|has|have|is|was|ha|han|es|fue|said|dit|a\w+é)\s")


def _line_end(view: str, at: int) -> int:
    end = view.find("\n", at)
    return len(view) if end < 0 else end


def _office_phrase_end(view: str, start: int) -> int:
    """An office phrase ends where the sentence's verb starts ("..., Secrétaire général de X a insisté")."""
    m = re.compile(_VERB.pattern + r"|[.;\n]").search(view, start)
    return m.start() if m else min(len(view), start + 200)


def titled_people(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "le Coprésident Jan Van Zanen", "Mayor Jane Doe": a person named after an office."""
    view = facts.view
    for s, e in people_in(view, 0, len(view)):
        before = view[max(0, s - 40) : s]
        m = re.search(r"(?:^|\s)(?:le|la|the|el|la|l')?\s*(\S+(?:\s+\S+)?)\s+$", before)
        last = re.search(r"(?:^|\s)(\S+)\s+$", before)  # "today. Mayor Jane Roe": one word suffices
        if any(x and (o := roles.office(x.group(1).strip())) and not o[2].strip() for x in (m, last)):
            person = add_person(facts, (s, e))
            _spoke(facts, person, s, main_id)
            _titled_place(facts, person, s, e)


# Town offices that name no place before a name only on a town's own page ("el regidor Ana Roe"); not
# "Mayor Ana Roe", which an English page of many towns writes for any mayor.
_UNPLACED_TITLES = ("councillor", "syndic", "deputy mayor")
_PLACE_AFTER = re.compile(r"[ \t]+(?:of|de|del|d')[ \t]*(" + TOWN_NAME_PATTERN + r")")
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3})[ \t]+$")


def _titled_place(facts: DocumentFacts, person: str, start: int, end: int) -> None:
    """ "Mayor Jane Roe of Lyon", "Lyon Mayor Jane Roe": the city of a city office written
    before a name, after the name or before the office."""
    view = facts.view
    two = re.search(r"(?<!\S)(\S+[ \t]+\S+)[ \t]+$", view[max(0, start - 40) : start])  # "Leeds Lord Mayor Jane Roe"
    office = two and roles.office(two.group(1))
    word = two if office and not office[2].strip() else re.search(r"(\S+)[ \t]+$", view[max(0, start - 30) : start])
    office = word and roles.office(word.group(1))
    if not office or office[0] not in roles.CITY_OFFICES or office[2].strip():
        return
    office_start = start - len(word.group(0))
    after = _PLACE_AFTER.match(view, end)
    if after:
        found = add_affiliation(facts, after.span(1), prefer_city=True, strict=True)
        if found and found[1] == "City":
            facts.office(person, found[0], (office_start, after.end(1)), office[0])
        return
    before = _PLACE_BEFORE.search(view, max(0, office_start - 60), office_start)
    words = before.group(1).split() if before else []
    for size in range(len(words), 0, -1):  # the city stands right before the office
        name = " ".join(words[-size:])
        if name.lower() in lexicon.folded_set("function_words"):
            continue  # "Le maire Ernesto Toma": an article, no city
        city_start = office_start - len(before.group(0)) + before.group(1).rfind(name)
        city = add_city(facts, (city_start, city_start + len(name)), name, min_score=0.8)
        if city:
            facts.office(person, city, (city_start, end), office[0])
            return
    opening = _line_city(facts, office_start)
    if opening:  # "Paysandú (Uruguay) — intendente A": the town that opens the entry's line (x-office)
        facts.office(person, opening, trim(view, view.rfind("\n", 0, office_start) + 1, end), office[0])
        return
    # "el regidor Ana Roe presentó ...": the page's town (a city before it in the sentence is often
    # another's: "el cónsul de Italia en Córdoba, A, y el concejal B")
    city = office[0].endswith(_UNPLACED_TITLES) and _town_of_office(facts, office_start, sentence=False)
    city = city or (office[0] in roles.CITY_OFFICES and masthead_town(facts))  # a town's own site: its mayor (x-office)
    if city:
        facts.office(person, city, (office_start, end), office[0])


# "la maire de X, NAME", "du maire de la ville de X, M. NAME", "del alcalde de X, D. NAME"
_OFFICE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:le|la|l['’]|the|el|du|del|au|al|an?|une?|una)\s*([^,.;:\n]{3,90}?),\s*"
    r"(?:(?:M|Mme|Mr|Mrs|Ms|Dr|Sr|Sra|D|Dª|Dña|" + lexicon.words_re("honorifics") + r")\.?\s+)?$",
    re.I,
)


_ARTICLE_AT = re.compile(r"(?:^|[\s(])(?:le|la|l['’]|the|el|du|del|au|al|an?|une?|una)\b", re.I)


def _office_before(view: str, name_start: int) -> re.Match | None:
    """The office in apposition before a name, read from the nearest article that starts one
    ("les allocutions du maire de la ville de X, M. NAME": from "du", not from "les")."""
    starts = [m.start() for m in _ARTICLE_AT.finditer(view, max(0, name_start - 100), name_start)]
    starts = [start for start in starts if not _inside_office(view, start, name_start)]
    found = [m for m in (_OFFICE_BEFORE.match(view, start, name_start) for start in reversed(starts)) if m]
    # an apposition that names no office ("the City of Tshwane, South Africa") is still one: no name follows
    return next((m for m in found if roles.office(m.group(1))), found[0] if found else None)


def _inside_office(view: str, article: int, end: int) -> bool:
    """The article at ``article`` is part of an office written before it ("premier adjoint au
    maire de Dakar", "teniente de alcalde"), so no office phrase starts there."""
    word = re.search(r"[\w'’-]+[ \t]*$", view[max(0, article - 30) : article + 1])
    if not word:
        return False
    office = roles.office(view[article + 1 - len(word.group(0)) : end])
    return office is not None and len(office[1]) > len(word.group(0).strip())


_POSSESSIVE_OFFICE = guarded(
    re.compile(
        r"(?<![\w-])"
        + lexicon.classes_re("possessives", "our_possessives")
        + r"\s+(?P<office>[\w-]+(?:\s+[\w-]+){0,2})\s*,\s*",
        re.I,
    )
)


def possessive_offices(facts: DocumentFacts) -> None:
    """ "une délégation de Cuxhaven, conduite par son maire, Uwe Santjer": a town office of the one
    city named before it in the sentence, held by the person named right after; "CEMR met in Oslo;
    its President, Jane Roe, said", "representada por su secretaria general, Ana Ruiz": a body's
    office, of the body named last before it in the sentence."""
    view = facts.view
    for m in _POSSESSIVE_OFFICE.finditer(view):
        office = roles.office(m.group("office"))
        if not office or office[2].strip():
            continue
        if office[0] not in roles.CITY_OFFICES:
            _possessive_body_office(facts, m, office[0])
            continue
        name = next(iter(people_in(view, m.end(), min(len(view), m.end() + 60))), None)
        between = view[m.end() : name[0]] if name else ""  # "son maire, M. A": an honorific first (x-office)
        titled = not between or people.leading_title(f"{between}X") == len(between)
        ours = m.group(0).split()[0].lower() in lexicon.folded_set("our_possessives")  # "Notre maire, A" (x-office)
        city = name and titled and (masthead_town(facts) if ours else _last_city(facts, m.start()))
        if city:
            facts.office(add_person(facts, name), city, trim(view, m.start(), name[1]), office[0])


_QUOTE_MARK = re.compile(r"[\"“”«»]")  # '"... EU membership," said its Secretary General': the body is in the quote


def _possessive_body_office(facts: DocumentFacts, m: re.Match, role: str) -> None:
    """ "its President, Mr. Jane Roe": the office in the body named last before the possessive in its
    sentence (a town's body is the town's: "la commune, son adjointe, Mme A" is the town office rule's)."""
    if m.group(0).split()[0].lower() in lexicon.folded_set("our_possessives"):
        return  # "our President": the writer's body, which the page's owner rules read
    name = next(iter(people_in(facts.view, m.end(), min(len(facts.view), m.end() + 60))), None)
    between = facts.view[m.end() : name[0]] if name else ""
    if not name or between and people.leading_title(f"{between}X") != len(between):
        return
    sentence = facts.context.sentence_at(m.start()) or (m.start(), m.start())
    # "X met in Oslo. Its President, A, said": the possessive opens its sentence, so the body is in the one before
    if not facts.view[sentence[0] : m.start()].strip(" \t*_"):
        sentence = (facts.context.sentence_at(max(0, sentence[0] - 2)) or sentence)[0], sentence[1]
    spans = [(s, e) for s, e in facts.org_spans if sentence[0] <= s and e <= m.start()]
    spans = [(s, e) for s, e in spans if not _QUOTE_MARK.search(facts.view, e, m.start())]  # not a body quoted
    if not spans:
        return
    body = add_org(facts, max(spans, key=lambda span: span[1]))
    if facts.entities[body].kind in ("Organisation", "Section", "Council"):
        facts.office(add_person(facts, name), body, trim(facts.view, m.start(), name[1]), role)


def _last_city(facts: DocumentFacts, at: int) -> str | None:
    """The city named last before ``at`` in its sentence (a gazetteer city, not a person's name)."""
    sentence = facts.context.sentence_at(at) or (at, at)
    people_forms = {f for e in facts.entities.values() if e.kind == "Person" for f in (e.name, *e.aliases)}
    runs = [m for m in _CAPITALISED.finditer(facts.view, sentence[0], at) if m.group(0) not in people_forms]
    for run in reversed(runs):
        if run.start() > sentence[0] and is_city(facts, run.group(0), strong=True):
            return add_city(facts, run.span(), min_score=0.7)
    return None


_UNNAMED_OFFICE = re.compile(
    r"(?:^|(?<=[\s(]))(?:le|la|l['’]|the|el)[ \t]+(?P<office>[^,.;:()\n]{3,40}?[ \t](?:of|de|del|du|d['’])[ \t]*"
    r"(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ \t-][A-ZÀ-Þ][\w'’-]+){0,2}))(?![\w'’-])(?!\s*,\s*[A-ZÀ-Þ])",
    re.I,
)
_SUBJECT_LEAD = re.compile(r"\s*(?:[^,.;:\n]{2,30},\s*)?")
_ATTRIBUTED = re.compile(
    r"\W*(?:" + lexicon.words_re("attribution_cues") + r")\s+(?:(?:M|Mme|Mr|Mrs|Ms|Sr|Sra)\.?\s+)?", re.I
)


def attributed_offices(facts: DocumentFacts) -> None:
    """ "Pour sa part, le maire socialiste de Dioffior a salué cette coopération. À en croire
    Youssou Diome, ...": a town office that spoke with no name, and the person the next sentence
    attributes the words to (with no office of their own) holds it."""
    view, sentences = facts.view, facts.context.sentences
    for i, (start, end) in enumerate(sentences[:-1]):
        m = _UNNAMED_OFFICE.search(view, start, end)
        office = m and roles.office(m.group("office"))
        if not office or office[0] not in roles.CITY_OFFICES or not _SUBJECT_LEAD.fullmatch(view, start, m.start()):
            continue  # the office is the sentence's subject ("Pour sa part, le maire de X a salué ...")
        if people_in(view, start, end):
            continue  # a name in the sentence itself: whose office, the next one does not say
        cue = _ATTRIBUTED.match(view, sentences[i + 1][0])
        name = cue and next(iter(people_in(view, cue.end(), sentences[i + 1][1])), None)
        if not name or name[0] != cue.end():
            continue
        person = people.person_id(people.strip_titles(facts.surface(*name)))
        if any(r.source == person and r.type in ("HOLDS_OFFICE", "AFFILIATED_WITH") for r in facts.relations.values()):
            continue
        city = add_city(facts, m.span("place"), min_score=0.7) or add_unlisted_city(facts, m.span("place"))
        if city:
            facts.office(add_person(facts, name), city, trim(view, m.start(), name[1]), office[0])


def offices_before_names(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "la maire de Strasbourg, Jeanne Barseghian, a insisté", "the Mayor of Lyon, Jane Roe,
    said", "el presidente del FAMSI y de la Diputación de Huelva, Ignacio Caraballo": offices of
    places or bodies, then the name in apposition."""
    view = facts.view
    for s, e in people_in(view, 0, len(view)):
        if (
            places.resolve_country(view[s:e])
            or is_big_city(view[s:e], facts.language)
            or places.resolve_region(view[s:e])
        ):
            continue  # "Mayor of the City of Tshwane, South Africa", "of Aachen, North Rhine-Westphalia": a place, no name
        titled = re.search(r",[ \t]*([\w-]+)[ \t]+$", view[max(0, s - 40) : s])
        if titled and people.is_office_word(titled.group(1)):  # "A newly elected President of X, Mayor NAME"
            m = _office_before(view, max(0, s - 40) + titled.start(1))
        else:
            m = _office_before(view, s)
        phrase = m.span(1) if m else _office_phrase_before(view, s) or _office_of_place_before(view, s)
        if phrase and _phrase_offices(facts, phrase, (s, e)):
            _spoke(facts, people.person_id(people.strip_titles(facts.surface(s, e))), s, main_id)


_OFFICE_JOINT = re.compile(lexicon.list_joint(",", r"\s"))  # ", ", ", et ", " and " (lang/*.yaml "list_joints")


def _office_items(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """An enumeration of offices, split where a comma or "et"/"and"/"y" opens another office
    (not inside a body's name: "l'Union des Villes et Communes de Côte d'Ivoire")."""
    items, cursor = [], start
    for m in _OFFICE_JOINT.finditer(view[start:end]):
        following = view[start + m.end() : end]
        following = re.sub(r"^(?:the|le|la|el|l['’])\s*", "", following, flags=re.I)
        if roles.office(following):
            items.append((cursor, start + m.start()))
            cursor = start + m.end()
    return [*items, (cursor, end)]


def _phrase_offices(facts: DocumentFacts, phrase: tuple[int, int], name: tuple[int, int]) -> bool:
    """Each office of a place or a body in ``phrase`` ("presidente del FAMSI y presidente de la
    Diputación de Huelva") held by the person named at ``name``; True when one was read."""
    view, person = facts.view, None
    for a, b in _office_items(view, *phrase):
        office = roles.office(view[a:b].strip())
        if not office:
            continue
        role, written, rest = office
        portfolio = role.endswith(_PORTFOLIO_OFFICES) and _portfolio(rest)
        context = _city_before(facts, a) if portfolio else None
        for target in [] if portfolio else roles.office_targets(rest):  # "de la UCCI": "la UCCI", then "UCCI"
            t_start = a + view[a:b].rfind(target)
            span = (t_start, t_start + len(target))
            body = next(((x, y) for x, y in facts.org_spans if x == t_start and y <= span[1]), None)
            if body:  # a body already read there ("Union des Villes (UVICOCI)")
                acronym = re.search(r"\(([A-Z][A-Z0-9&-]{1,11})\)$", view[body[0] : body[1]])
                found = (add_org(facts, body, acronym=acronym and acronym.group(1)), "Organisation")
            else:
                # with a city in the sentence, "de Turismo" is a portfolio, not an unlisted town
                found = add_affiliation(facts, span, role in roles.CITY_OFFICES and not context, strict=True)
            if found:
                person = person or add_person(facts, name)
                facts.entities[person].props.setdefault("title", written)
                facts.office(person, found[0], trim(view, a, name[1]), role)
                break
        else:  # "la alcaldesa de Cádiz, A, y el teniente de alcalde de Cultura, B": a portfolio, the city of the sentence
            city = context or (
                role in roles.CITY_OFFICES
                and (_city_closing(facts, a, b) or (_no_place(rest) and _town_of_office(facts, a)))
            )
            if city:
                person = person or add_person(facts, name)
                facts.entities[person].props.setdefault("title", written)
                facts.office(person, city, trim(view, a, name[1]), role)
            elif person is None and (portfolio or _portfolio(rest) or not rest.strip()):
                # "The Deputy Mayor for Health, A, said", "The Mayor, B, said": a person, whose town is unsaid
                person = add_person(facts, name)
                facts.entities[person].props.setdefault("title", written)
                if not rest.strip():  # "The Treasurer, Mr A": the page's organisation's (x-office)
                    _office_of_page(facts, person, role, (a, name[1]))
    return person is not None


_PORTFOLIO_OFFICES = (
    "deputy mayor",
    "councillor",
    "alderman",
)  # "of X" after them is a portfolio more often than a place
_PORTFOLIO = re.compile(
    r"^\s*(?:de la|de l['’]|del|de|d['’]|for|of|à la|au|aux|chargée? de(?: la| l['’]|s)?)?\s*"
    + lexicon.words_re("portfolio_words")
    + r"\b",
    re.I,
)


_CLOSING_PLACE = re.compile(r"(?<![\w'’-])(?:de|del|of)\s+(?P<city>" + TOWN_NAME_PATTERN + r")[\s,]*$")


def _city_closing(facts: DocumentFacts, start: int, end: int) -> str | None:
    """ "teniente de alcalde de Medio Ambiente de Managua": the city that closes an office phrase."""
    m = _CLOSING_PLACE.search(facts.view, start, end)
    if m and m.start() > start and not _portfolio(f" {m.group(0)}") and is_city(facts, m.group("city"), strong=True):
        return add_city(facts, m.span("city"), m.group("city"))
    return None


def _portfolio(rest: str) -> bool:
    """ "de Desarrollo Cultural", "for Culture", "chargé de la culture": a field of government after an office."""
    return bool(_PORTFOLIO.match(rest))


_CAPITALISED = TOWN_NAME


# What may stand between the town that opens a line and the holder's name: its country in brackets, a
# label's colon, a dash ("Bamako (Mali) – ", "Salto (Uruguay) — ", "Vicepresidencia de X: Salto (Uruguay) — ")
_OPENING_TOWN = re.compile(
    r"[ \t]*(?:\([^()\n]{2,40}\))?[ \t]*[–—:|-][ \t]*(?:(?:" + lexicon.words_re("honorifics") + r")\.?[ \t]+)?$", re.I
)


def _line_city(facts: DocumentFacts, at: int) -> str | None:
    """The town that opens the entry (a line, or what follows its label's colon) a name or an office at ``at``
    stands in, with only its bracketed country and a dash between: "Bamako (Mali) – M. A, maire" (x-office)."""
    line_start = facts.view.rfind("\n", 0, at) + 1
    head = facts.view[line_start:at]
    colon = head.rfind(": ")
    start = line_start + (colon + 2 if colon >= 0 else 0)
    town = TOWN_NAME.match(facts.view, start + len(facts.view[start:at]) - len(facts.view[start:at].lstrip(" \t*-•")))
    if not town or not _OPENING_TOWN.fullmatch(facts.view, town.end(), at):
        return None
    cities = {f: i for i, e in facts.entities.items() if e.kind == "City" for f in (e.name, *e.aliases)}
    return cities.get(town.group(0)) or add_city(facts, town.span(), min_score=0.8)


def _city_before(facts: DocumentFacts, at: int) -> str | None:
    """The last city read in the sentence before ``at`` (one city only: else which one is meant?)."""
    sentence = facts.context.sentence_at(at) or (at, at)
    cities = {f: i for i, e in facts.entities.items() if e.kind == "City" for f in (e.name, *e.aliases)}
    found = {cities[m.group(0)] for m in _CAPITALISED.finditer(facts.view, sentence[0], at) if m.group(0) in cities}
    return found.pop() if len(found) == 1 else None


_PLURAL_OFFICE = guarded(
    re.compile(
        "|".join(
            rf"(?P<o{i}>\b{lexicon.alternation(words)})"
            for i, words in enumerate(lexicon.table("plural_offices").values())
        ),
        re.I,
    )
)
# one "Name (City)" of the list, after a comma, "and", or a dash ("... (Bologna). – Ana Roe (Tirana)")
_NAME_PLACE = re.compile(
    r"\s*(?:[,;]|\.?\s*[–—-](?=\s))?\s*(?:and\s+|et\s+|y\s+)?([^,()\n]{3,60}?)\s*\(([^()\n]{2,40})\)"
)


_ELIDED = re.compile(
    r"(?<![\w-])" + lexicon.words_re("elided_offices") + r"\s+(?P<place>(?-i:" + TOWN_NAME_PATTERN + r"))\s*,\s*",
    re.I,
)


def offices_in_plural(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "the participation of mayors Ana Roe (Lyon), Ben Poe (Nice) and ...": the plural office
    holds for each name of the list, in the city given in brackets; "13 alcaldes, entre ellos el
    de Madrid, Ana Roe": the office is elided before the place, then the name."""
    view = facts.view
    roles_by_group = list(lexicon.table("plural_offices"))
    for m in _PLURAL_OFFICE.finditer(view):
        role = roles_by_group[int(m.lastgroup[1:])]
        _elided_office(facts, m.end(), role)
        at = m.end()
        while item := _NAME_PLACE.match(view, at):
            name = people_in(view, item.start(1), item.end(1))
            if name != [item.span(1)]:
                break
            city = add_affiliation(facts, item.span(2), prefer_city=True, strict=True)
            person = add_person(facts, item.span(1))
            if city and city[1] == "City":
                facts.office(person, city[0], trim(view, item.start(1), item.end()), role)
            at = item.end()


def _elided_office(facts: DocumentFacts, at: int, role: str) -> None:
    view = facts.view
    sentence = facts.context.sentence_at(at) or (at, min(len(view), at + 200))
    elided = _ELIDED.search(view, at, min(sentence[1], at + 80))
    if not elided or _PLURAL_OFFICE.search(view, at, elided.start()):
        return  # the nearest plural office is the one elided
    name = people_in(view, elided.end(), sentence[1])
    if not name or name[0][0] != elided.end():
        return
    city = add_city(facts, elided.span("place"), min_score=0.7)
    if city:
        person = add_person(facts, name[0])
        facts.office(person, city, trim(view, elided.start(), name[0][1]), role)


_HONORIFIC_BEFORE = re.compile(
    r"(?:^|[\s(])(?:the|le|la|el|l')\s+([^,.;:\n]{3,120}?)\s+" + lexicon.words_re("honorifics") + r"\.?\s+$", re.I
)


def offices_before_honorifics(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "the President of MedCities and Mayor of Tetouan Mr. Ali Ben Said": offices of bodies and
    places, joined by "and", then an honorific and the name."""
    view = facts.view
    for s, e in people_in(view, 0, len(view)):
        m = _HONORIFIC_BEFORE.search(view, max(0, s - 140), s)
        if not m:
            continue
        start = m.start(1)
        for article in re.finditer(r"\b(?:the|le|la|el|l')\s+", view[start : m.end(1)], re.I):
            start = m.start(1) + article.end()  # the last article opens the office phrase
        if _phrase_offices(facts, (start, m.end(1)), (s, e)):
            _spoke(facts, people.person_id(people.strip_titles(facts.surface(s, e))), s, main_id)


# "the Mayor of Paris Anne Hidalgo", "The Lord Mayor of Perth Ana Roe", "A and Mayor of Lyon Ben Poe": an
# office of a capitalised place, the name right after it
_OFFICE_OF_PLACE = re.compile(
    r"(?:^|[\s(])(?i:le|la|l['’]|the|el|du|del|au|al|and|et|y)[ \t]+([^,.;:()\n]{3,60}?[ \t](?:of|de|del|du|d['’])[ \t]*"
    r"[A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+){0,2})[ \t]+$"
)


_OPENER_AT = re.compile(r"(?:^|[\s(])(?:le|la|l['’]|the|el|du|del|au|al|and|et|y)\b", re.I)


def _office_of_place_before(view: str, name_start: int) -> tuple[int, int] | None:
    starts = [m.start() for m in _OPENER_AT.finditer(view, max(0, name_start - 80), name_start)]
    for start in reversed(starts):  # the nearest article that opens an office
        m = _OFFICE_OF_PLACE.match(view, start, name_start)
        office = m and roles.office(m.group(1))
        if office and roles.office_targets(office[2]):
            return m.span(1)
    return None


def _office_phrase_before(view: str, name_start: int) -> tuple[int, int] | None:
    """ "met Mayor of Cincinnati, Mark Mallory": with no article, the office phrase before the
    comma starts at the capitalised word from which it reads as an office of something."""
    comma = re.search(r",[ \t]*$", view[max(0, name_start - 5) : name_start])
    if not comma:
        return None
    end = name_start - len(comma.group(0))
    clause = max(view.rfind(c, 0, end) for c in ".;:\n,(") + 1
    for m in re.finditer(r"(?<![\w'’-])[A-ZÀ-Þ]", view[max(clause, end - 90) : end]):
        start = max(clause, end - 90) + m.start()
        office = roles.office(view[start:end])
        if office and roles.office_targets(office[2]):
            return start, end
    return None


_SAID = re.compile(r"\s+(?:" + lexicon.words_re("speaking_adverbs") + r"\s+)?" + lexicon.words_re("said_after") + r"\b")
_SAID_BEFORE = re.compile(r"\b" + lexicon.words_re("said_before") + r"\s+(?P<titles>(?:[A-ZÀ-Þ][\w'’.-]*\s+){0,3})$")


def speakers_named(facts: DocumentFacts, main_id: str | None) -> None:
    """English prose, which no spaCy model reads here: "Jane Roe said...", "..., said Jane Roe."

    A name right beside a speaking verb is a person; in a document about a meeting, a speaker.
    """
    if facts.language != "en":
        return
    view = facts.view
    for s, e in people_in(view, 0, len(view)):
        after, before = _SAID.match(view, e), _SAID_BEFORE.search(view, max(0, s - 40), s)
        if before and not _only_titles(before["titles"]):
            before = (
                None  # "said Lyon's Jane Roe": only honorifics and offices between ("said Mayor Jane Roe", x-speak)
            )
        if not (after or before) or _not_a_person(facts, view[s:e]):
            continue
        line_start = view.rfind("\n", 0, s) + 1
        if not view[line_start:s].strip(" *-•>#") and not after:
            continue
        person = add_person(facts, (s, e))
        _spoke(facts, person, s, main_id)


_PRONOUN = re.compile(r"(?:" + lexicon.words_re("subject_pronouns") + r")\s+(?:\w+\s+){0,2}?", re.I)


def pronoun_speakers(facts: DocumentFacts, main_id: str | None) -> None:
    """ "Mayor Jane Roe took the floor. She stressed ...": a sentence that opens with a subject
    pronoun and a speaking verb is said by the one person the sentence before it names."""
    if not main_id:
        return
    view, sentences = facts.view, facts.context.sentences
    for before, sentence in zip(sentences, sentences[1:], strict=False):
        opening = _PRONOUN.match(view, sentence[0])
        if not opening or not SPOKE.match(view, opening.end()):
            continue
        named = {_known_person(facts, s, e) for s, e in people_in(view, *before)} - {None}
        if len(named) == 1:
            facts.relate("ATTENDED", named.pop(), main_id, sentence, role="speaker", status="confirmed")


def _known_person(facts: DocumentFacts, start: int, end: int) -> str | None:
    """The id of a person a rule already read at ``start``-``end``."""
    person_id = people.person_id(people.strip_titles(facts.surface(start, end)))
    entity = facts.entities.get(person_id)
    return person_id if entity is not None and entity.kind == "Person" else None


_CALENDAR = re.compile(
    r"(?:" + dates.WEEKDAY_WORDS + r"|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|today|yesterday|tomorrow|last|next|this|early|late)",
    re.I,
)


_MEETING_WORDS = re.compile(
    r"(?<![\w-])(?:" + lexicon.words_re("meeting_heads") + "|" + lexicon.words_re("session_heads") + r")(?![\w-])", re.I
)


def _not_a_person(facts: DocumentFacts, text: str) -> bool:
    """A body, a country or a well-known city written like a name ("United Nations", "New York")."""
    if orgs.lookup_known(text) or places.resolve_country(text) or orgs.is_acronym(text.split()[0]):
        return True
    if any(fold(word) in orgs.HEAD_WORDS or _CALENDAR.fullmatch(word) for word in text.split()):
        return True  # "Cities Alliance", "Last Tuesday", "Early March"
    if _MEETING_WORDS.search(text):
        return True  # "the General Assembly welcomed", "the Plenary Session noted": a meeting, no speaker (x-events)
    return is_big_city(text, facts.language)


def offices_under_headings(facts: DocumentFacts, main_id: str | None = None) -> None:
    """A heading that is only an office ("Présidente", "Vice-Presidentes") over list entries of
    people: each person holds that office in the organisation the page speaks for."""
    view, context = facts.view, facts.context
    role, owner, first_heading, heading_at, after_blank = None, None, None, 0, False
    seated = False  # an office heading above gave its holders an office in the body: a board's roster
    holder_above = False  # the line above named a holder of the heading's office
    for line in context.lines:
        if not line.text.strip(" \t*#"):
            after_blank, holder_above = True, False  # a blank line ends the unbulleted names under a heading
            continue
        if _PLACEHOLDER.fullmatch(line.text):
            after_blank = False  # a picture opens the next card of the same grid, under the same heading
            continue  # "[Image: Portrait of Jane Roe]", "[foto]" between an office heading and its holder (x-office)
        text = _TOGGLE.sub("", line.text)  # "[+] VICE PRESIDENTS": an accordion's heading
        if role and holder_above and _card_part(facts, line, text):
            continue  # "Mayor, City of Makati", "Term: 2023-2027" under a holder's name: the card goes on (x-office)
        holder_above = False
        entry = context.entry_at(line.end - len(line.text.lstrip()) + 2)
        labelled = _labelled_office(facts, line) if entry is None and not roles.heading_role(text) else None
        if labelled:
            owner = owner or _page_owner(facts, main_id, line.start)  # "Secretary General: Jane Roe"
            if owner is not None:
                facts.office(add_person(facts, labelled[1]), owner, trim(view, line.start, labelled[1][1]), labelled[0])
            continue
        if entry is None:
            heading = roles.heading_role(text)
            if heading or role is None or after_blank or not _holder_line(facts, line):
                role, heading_at, after_blank = heading, line.start, False
                first_heading = line.start if first_heading is None and role else first_heading
                continue
            entry = (line.start, line.start + len(line.text.rstrip()))  # "PRESIDENCY\nJane Roe, Mayor of X"
        after_blank = False
        if role is None:
            continue
        entry = entry or (line.start, line.end)  # "Presidencia" / "Ana Roe, alcaldesa de X"
        names = people_in(view, *entry)
        colon = view.find(
            ":", entry[0], entry[1]
        )  # "Área Norte y Sur: Sra. Ana Roe, alcaldesa de X": a label (x-genres)
        if colon >= 0 and any(s > colon for s, _ in names):
            names, entry = [n for n in names if n[0] > colon], (colon + 1, entry[1])
        elif colon >= 0 and names and names[0][1] <= colon:
            continue  # "Porto (Portugal): to be appointed", "Región Sur: vacante": a seat, no holder
        before = view[entry[0] : names[0][0]].strip() if names else "?"
        if before and people.leading_title(f"{before} X") != len(before) + 1:
            continue  # the entry does not open with a name (an honorific may come first)
        owner = owner or _page_owner(facts, main_id, first_heading or entry[0])
        body = (council_above(facts, heading_at) or _title_council(facts)) if role in _COUNCIL_ROLES else None
        if body is None and role == "member" and not seated:
            continue  # "Members:" of no council named (a jury, a panel): not the page's organisation (x-genres)
        body = body or owner or _title_body(facts) or (page_owner(facts) if role != "member" else None)  # x-office
        if body is None:
            return
        person = add_person(facts, names[0])
        # "Councillor: Ewan Reid - Vice President" under "Chair": the office the entry states is his
        facts.office(
            person,
            body,
            trim(view, names[0][0], names[0][1]),
            roles.office_after_dash(view[names[0][1] : entry[1]].strip(" \t.,;")) or role,
        )
        seated = seated or role != "member"
        holder_above = True


# A line that only stands for a picture or a widget, in brackets (a page's text extraction leaves them)
_PLACEHOLDER = re.compile(r"[ \t]*\[[^\[\]\n]{1,80}\][ \t]*")
_TOGGLE = re.compile(r"^[ \t]*\[[+–—-]\][ \t]*")  # an accordion's open/closed sign before its heading


def _card_part(facts: DocumentFacts, line: Line, text: str) -> bool:
    """A short line under a holder's name that names no one else and opens no heading: the holder's office,
    term or a link of the same card ("Mayor, City of Makati", "Term: 2023-2027", "Read bio +")."""
    stripped = text.strip(" \t*-•")
    if len(stripped) > _HOLDER_LINE or stripped.endswith(".") or roles.heading_role(stripped):
        return False
    return bool(roles.office(stripped)) or not people_in(facts.view, line.start, line.end)


_COUNCIL_ROLES = ("co-president", "member")  # the co-chairs and members of a council, not of its organisation


def _title_bodies(facts: DocumentFacts) -> list[str]:
    """The bodies the page's title names, in order."""
    end = bodies_title_end(facts)
    return [add_org(facts, span) for span in sorted(facts.org_spans) if span[1] <= end]


def _title_council(facts: DocumentFacts) -> str | None:
    """The council the page's title names ("Comisión de Inclusión Social de CGLU")."""
    return next((b for b in _title_bodies(facts) if facts.entities[b].kind == "Council"), None)


def _title_body(facts: DocumentFacts) -> str | None:
    """The organisation the page's title names, or the owner of the council it names."""
    for body in _title_bodies(facts):
        if facts.entities[body].kind in ("Organisation", "Section"):
            return body
        owner = next((r.target for r in facts.relations.values() if r.type == "PART_OF" and r.source == body), None)
        if owner:
            return owner
    return None


# A line under an office heading that holds its holder: a name, then nothing or ", office" (not prose)
_HOLDER_LINE = 120


def _holder_line(facts: DocumentFacts, line: Line) -> bool:
    """ "Ana Roe Gil, alcaldesa de Esparza" alone on its line, under "Vicepresidencia" (not "Des
    Moines, Iowa" under "Mayor", the office of the name above it)."""
    view = facts.view
    names = people_in(view, line.start, line.end)
    if not names or len(line.text.strip()) > _HOLDER_LINE:
        return False
    name = view[names[0][0] : names[0][1]]
    if _not_a_person(facts, name) or is_city(facts, name, strong=True):
        return False
    before, after = (
        view[line.start : names[0][0]].strip(" \t*-•"),
        view[names[0][1] : line.end].strip(),
    )
    office_after = not after or bool(roles.office(after.lstrip(" ,(–-")))  # nothing, or the holder's own office
    return (not before or people.leading_title(f"{before} X") == len(before) + 1) and office_after


_LABEL = re.compile(r"[ \t*#-]*([^:\n]{3,60}?)[ \t*]*:[ \t*]*")


def _labelled_office(facts: DocumentFacts, line: Line) -> tuple[str, tuple[int, int]] | None:
    """ "Secretary General: Jane Roe": an office alone before a colon, then a name and nothing else."""
    m = _LABEL.match(facts.view, line.start, line.end)
    if m is None or roles.CUE.match(facts.view, m.start(1)):
        return None  # "Chair: Jane Roe" in a programme: who chairs the session, not the body
    role = roles.heading_role(m.group(1))
    if not role:
        return None
    start, end = trim(facts.view, m.end(), line.end)
    names = people_in(facts.view, start, end)
    if names != [(start, end)] or _not_a_person(facts, facts.view[start:end]):
        return None
    return role, names[0]


_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z&]{2,7}(?![\w-])")


def _page_owner(facts: DocumentFacts, main_id: str | None, before: int) -> str | None:
    """The organisation a page of offices speaks for, named above its first office heading:
    the main event's organiser or the most named body there, else an acronym named twice there
    ("L'AIMF rassemble ... le fonctionnement de l'AIMF")."""
    owner = primary_org(facts, main_id)
    if owner and facts.first_span[owner][0] < before:
        return owner
    sections = Counter({i: n for i, n in facts.mentions.items() if facts.entities[i].kind == "Section"
                        and facts.first_span[i][0] < before})  # fmt: skip
    if owner is None and len(sections) == 1:  # "Metropolis Board of Directors": the one section named above
        return next(iter(sections))
    counts = Counter(m.group(0) for m in _ACRONYM.finditer(facts.view, 0, before))
    for acronym, count in counts.most_common(3):
        if count >= 2 and orgs.is_acronym(acronym) and not places.resolve_country(acronym):
            return add_org(facts, re.search(rf"(?<![\w-]){acronym}(?![\w-])", facts.view).span())
    return None
