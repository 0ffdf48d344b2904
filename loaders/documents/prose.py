"""Facts stated in running text: known bodies, acronyms, co-chairs, offices, participants,
partnerships and the committees of an organisation."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from graph.resolution import orgs, people, places
from graph.text import fold
from loaders.documents import dates, roles
from loaders.documents.builder import DocumentFacts
from loaders.documents.markup import loose, overlaps_any, sentences, trim
from loaders.documents.names import cut_name, people_in, split_list
from loaders.documents.resolve import add_affiliation, add_city, add_org, add_person, is_field, looks_like_org

_KNOWN_CACHE: dict[str, re.Pattern] = {}


def sentence_at(facts: DocumentFacts, position: int) -> tuple[int, int] | None:
    """The sentence holding ``position`` (sentence spans are computed once per document)."""
    if facts.sentence_spans is None:
        facts.sentence_spans = list(sentences(facts.view))
    spans = facts.sentence_spans
    index = bisect.bisect_right(spans, (position, len(facts.view) + 1)) - 1
    if index >= 0 and spans[index][0] <= position < spans[index][1]:
        return spans[index]
    return None


def _known_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Two regexes over every form in the table: case-sensitive (acronyms, one-word names) and not."""
    if not _KNOWN_CACHE:
        forms = sorted(orgs.known_forms_original(), key=len, reverse=True)
        strict = [loose(f) for f in forms if orgs.is_acronym(f) or len(f.split()) == 1]
        relaxed = [loose(f) for f in forms if not (orgs.is_acronym(f) or len(f.split()) == 1)]
        _KNOWN_CACHE["strict"] = re.compile(r"(?<![\w-])(?:" + "|".join(strict) + r")(?![\w])")
        _KNOWN_CACHE["relaxed"] = re.compile(r"(?<![\w-])(?:" + "|".join(relaxed) + r")(?![\w-])", re.I)
    return _KNOWN_CACHE["strict"], _KNOWN_CACHE["relaxed"]


def known_bodies(facts: DocumentFacts) -> None:
    """Every mention of a well-known body (longest match wins where mentions overlap)."""
    strict, relaxed = _known_patterns()
    found = [(m.start(), m.end()) for m in relaxed.finditer(facts.view)]  # in order, not overlapping
    longer = list(found)
    for m in strict.finditer(facts.view):
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
        r"(?:^|[\s'])((?:Commission|Comit[ée]|Committee|Comisi[oó]n|Conseil|Council|Consejo|Fonds|Fund|Fondo)\s+(?:\w+\s+){0,2}(?:de|of|del)\s+)$",
        view[max(0, start - 60) : start],
    )
    if not m:
        return None
    s = start - len(m.group(1))
    e = cut_name(view, s, min(len(view), s + 200))
    longer = _longest_known(view, s, e)
    return longer


def _longest_known(view: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest prefix of the span (cut at commas) that the table knows."""
    full_end = _clause_end(view, start)
    for stop in sorted({end, full_end}, reverse=True):
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
        seg_start = max(view.rfind(c, 0, m.start()) for c in ",;:.\n(")
        seg_start = max(seg_start + 1, m.start() - 150)
        head = re.search(r"(?:^|[\s'’])((?:[A-ZÀ-Þ])[^\n]*)$", view[seg_start : m.start()])
        if not head:
            continue
        s, e = trim(view, seg_start + head.start(1), m.start())
        if e <= s or not looks_like_org(view[s:e]) or people_in(view, s, e) == [(s, e)]:
            continue
        if places.resolve_city(view[s:e]) and len(view[s:e].split()) < 3:
            continue
        facts.org_spans.append((s, m.end()))
        add_org(facts, (s, m.end()), acronym=m.group(1))


def _council(facts: DocumentFacts, sentence: tuple[int, int], verb_start: int) -> str | None:
    """The council a sentence is about: named before the verb, or the document's main council."""
    text = facts.view[sentence[0] : verb_start]
    for start, end in facts.org_spans:
        if (
            sentence[0] <= start < verb_start
            and facts.entities[orgs.resolve_org(facts.view[start:end]).id].kind == "Council"
        ):
            return orgs.resolve_org(facts.view[start:end]).id
    if re.search(r"\b(?:conseil|council|consejo|commission|committee|comisi[oó]n|groupe|group|grupo)\b", text, re.I):
        councils = Counter({i: facts.mentions.get(i, 0) for i, e in facts.entities.items() if e.kind == "Council"})
        if councils:
            return councils.most_common(1)[0][0]
    return None


_CO_CHAIR = re.compile(
    r"\b(?:co-?pr[ée]sid[ée]e?s?|co-?chaired|co-?presidid[oa]s?|copresidid[oa]s?)\s+(?:par|by|por)\s+", re.I
)


def co_chairs(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "Le Conseil est co-présidé par A, maire de T, B, ... et C": CO_CHAIRS and each one's offices.

    When the sentence names the meeting the document is about ("le Conseil s'est réuni à
    Mexico, co-présidé par A et B"), they also chaired that meeting: they attended it.
    """
    view = facts.view
    meeting = facts.first_span.get(main_id) if main_id else None
    for sentence in sentences(view):
        for m in _CO_CHAIR.finditer(view, *sentence):
            council = _council(facts, sentence, m.start())
            names = people_in(view, m.end(), sentence[1])
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
                _offices_after(facts, person, s, e, seg_end)


_PARTICIPATION = re.compile(
    r"\b(?:avec la participation d[e']|en pr[ée]sence d[e']|avec les interventions d[e']|avec l'intervention d[e']|"
    r"with the participation of|in the presence of|featuring|with contributions from|with remarks from|"
    r"con la participaci[oó]n d[e]|con la presencia d[e]|con las intervenciones d[e]|con la intervenci[oó]n d[e])\s*",
    re.I,
)


def participation(facts: DocumentFacts, main_id: str | None) -> None:
    """ "avec la participation de A, maire de X, et B (Org)": they attend the meeting; their offices."""
    if not main_id:
        return
    view = facts.view
    for m in _PARTICIPATION.finditer(view):
        sentence = sentence_at(facts, m.start()) or (m.start(), m.end())
        names = people_in(view, m.end(), sentence[1])
        for i, (s, e) in enumerate(names):
            person = add_person(facts, (s, e))
            seg_end = names[i + 1][0] if i + 1 < len(names) else sentence[1]
            facts.relate("ATTENDED", person, main_id, sentence, role="participant", status="confirmed")
            if not _offices_after(facts, person, s, e, seg_end):
                _plain_affiliation(facts, person, s, e, seg_end)


def cued_in_prose(facts: DocumentFacts, main_id: str | None) -> None:
    """ "La sesión fue moderada por A, alcaldesa de X, y contó con...": a role cue deep in a
    sentence (the agenda rules read cues that open a line). The people after it, up to the
    next cue or the end of the sentence, attend the meeting in that role."""
    if not main_id:
        return
    view = facts.view
    for m in roles.CUE.finditer(view):
        if not re.search(r"(?:by|par|por)$", m.group(0), re.I) or m.lastgroup == "cochair":
            continue  # "Speakers:" lists are agenda forms; co-chairing is read by co_chairs
        line_start = view.rfind("\n", 0, m.start()) + 1
        before = view[line_start : m.start()]
        if not re.search(r"[.;]", before) and len(before.split()) <= 3:
            continue  # near the start of a line: an agenda entry
        sentence = sentence_at(facts, m.start()) or (m.start(), m.end())
        stops = [x.start() for x in (_PARTICIPATION.search(view, m.end(), sentence[1]),
                                     roles.CUE.search(view, m.end(), sentence[1])) if x]  # fmt: skip
        end = min([sentence[1], *stops])
        names = people_in(view, m.end(), end)
        if not names or view[m.end() : names[0][0]].strip(" *:"):
            continue  # the cue is not followed by a name
        for i, (s, e) in enumerate(names):
            person = add_person(facts, (s, e))
            seg_end = names[i + 1][0] if i + 1 < len(names) else end
            clause = re.search(r",?\s+(?:y|et|and)\s+(?=[a-zà-ÿ])", view[e:seg_end])  # ", y contó con..."
            seg_end = e + clause.start() if clause else seg_end
            status = "tentative" if roles.TENTATIVE.search(view, e, seg_end) else "confirmed"
            facts.relate("ATTENDED", person, main_id, trim(view, m.start(), seg_end), role=m.lastgroup, status=status)
            if not _offices_after(facts, person, s, e, seg_end):
                _plain_affiliation(facts, person, s, e, seg_end)


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


def _offices_after(facts: DocumentFacts, person: str, name_start: int, start: int, end: int) -> bool:
    """ ", maire de Tunis, président de X (ACR) et coprésident de CGLU" after a name; True when one was read."""
    view = facts.view
    read = False
    for s, e in split_list(view, start, end):
        text = view[s:e]
        office = roles.office(text.strip(" *"))
        if not office:
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
            t_start = offset + view[offset:e].find(target)
            t_end = cut_name(view, t_start, e) if role not in roles.CITY_OFFICES else t_start + len(target)
            t_end = max(t_end, _paren_end(view, t_end, e))
            found = add_affiliation(facts, (t_start, t_end), role in roles.CITY_OFFICES, strict=role in roles.STAFF)
            if found:
                facts.office(person, found[0], trim(view, name_start, t_end), role)
                break
    return read


def _known_body_at(facts: DocumentFacts, at: int) -> tuple[int, int] | None:
    """The well-known body named right after an office ("of the", "de la" between)."""
    spans = sorted(facts.org_spans)
    i = bisect.bisect_left(spans, (at, at))
    if i == len(spans) or not _OF_THE.fullmatch(facts.view, at, spans[i][0]):
        return None
    start, end = spans[i]
    following = spans[i + 1] if i + 1 < len(spans) else None
    if following and not facts.view[end : following[0]].strip():
        return following  # "UCLG Policy Council on ...": the owner's name, then its body
    return start, end


_OF_THE = re.compile(
    r"\s*(?:of|de|du|des|del|for|pour|para|d['’]|de la|de l['’]|de los|de las)?\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+)?",
    re.I,
)


def _paren_end(view: str, at: int, limit: int) -> int:
    m = re.match(r"\s*\([A-Z][A-Z0-9&-]{1,11}\)", view[at:limit])
    return at + m.end() if m else at


_NAME_OFFICE = re.compile(r",\s+")


# Verbs that say a person spoke at (so attended) the meeting a report is about.
SPOKE = re.compile(
    r"\b(?:a|ont|avait)\s+(?:(?:ensuite|également|aussi|notamment|enfin|quant à (?:lui|elle))\s+)?"
    r"(?:insist[ée]|soulign[ée]|pr[ée]sent[ée]|rappel[ée]|d[ée]clar[ée]|ouvert|cl[ôo]tur[ée]|"
    r"expliqu[ée]|partag[ée]|pr[ée]cis[ée]|affirm[ée]|particip[ée]|pris la parole|introduit|conclu|mod[ée]r[ée]|anim[ée]|"
    r"indiqu[ée]|appel[ée]|plaid[ée]|salu[ée]|remerci[ée]|annonc[ée]|[ée]voqu[ée]|mis en avant|exprim[ée]|estim[ée])"
    r"|\b(?:said|stressed|highlighted|presented|noted|opened|closed|underlined|explained|shared|emphasi[sz]ed|"
    r"recalled|stated|spoke|took part|welcomed|introduced|concluded|moderated|added|agreed|urged|called for|"
    r"pointed out|indicated|announced|thanked|argued|remarked)\b"
    r"|\b(?:señal[óo]|destac[óo]|present[óo]|afirm[óo]|subray[óo]|explic[óo]|intervino|particip[óo]|inaugur[óo]|"
    r"record[óo]|declar[óo]|compart[ií][óo]|moder[óo]|clausur[óo]|abri[óo]|indic[óo]|añadi[óo]|agreg[óo]|"
    r"inst[óo]|anunci[óo]|agradeci[óo]|resalt[óo]|expres[óo]|sostuvo|dio la bienvenida|"
    r"compartieron|destacaron|presentaron|señalaron|intervinieron|participaron|expusieron|explicaron)\b",
    re.I,
)


def offices_in_prose(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "Jean-Pierre Elong Mbassi, Secrétaire général de CGLU-Afrique, a insisté": offices after a name.

    In a document about a meeting, a person who "a insisté / said / señaló" there spoke at it.
    """
    view = facts.view
    names = people_in(view, 0, len(view))
    for i, (s, e) in enumerate(names):
        after = view[e : e + 200]
        m = re.match(r"\s*,\s*", after)
        if not m or not roles.office(after[m.end() :]):
            continue
        line_start = view.rfind("\n", 0, s) + 1
        if not view[line_start:s].strip(" *-•>#"):
            continue  # a name opening a line is an agenda entry, read by the agenda rules
        person = add_person(facts, (s, e))
        office_start = e + m.end()
        office_end = cut_name(view, office_start, min(len(view), office_start + 200))
        rest_end = _office_phrase_end(view, office_start)
        next_name = names[i + 1][0] if i + 1 < len(names) else len(view)
        _offices_after(facts, person, s, office_start, min(max(office_end, rest_end), next_name))
        _spoke(facts, person, s, main_id)


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
    return any(not view[m.end() : start].strip(" ,") for m in SPOKE.finditer(view, sentence[0], start))


def _office_phrase_end(view: str, start: int) -> int:
    """An office phrase ends where the sentence's verb starts ("..., Secrétaire général de X a insisté")."""
    m = re.compile(r"\s(?:a|ont|est|sont|has|have|is|was|ha|es|fue|said|dit|a\w+é)\s|[.;\n]").search(view, start)
    return m.start() if m else min(len(view), start + 200)


def titled_people(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "le Coprésident Jan Van Zanen", "Mayor Jane Doe": a person named after an office."""
    view = facts.view
    for s, e in people_in(view, 0, len(view)):
        before = view[max(0, s - 40) : s]
        m = re.search(r"(?:^|\s)(?:le|la|the|el|la|l')?\s*(\S+(?:\s+\S+)?)\s+$", before)
        if m and roles.office(m.group(1).strip()) and roles.office(m.group(1).strip())[2].strip() == "":
            person = add_person(facts, (s, e))
            _spoke(facts, person, s, main_id)


_OFFICE_BEFORE = re.compile(r"(?:^|[\s(])(?:le|la|l['’]|the|el)\s*([^,.;:\n]{3,90}?),\s*$", re.I)


def offices_before_names(facts: DocumentFacts, main_id: str | None = None) -> None:
    """ "la maire de Strasbourg, Jeanne Barseghian, a insisté", "the Mayor of Lyon, Jane Roe,
    said": an office of a place or a body, then the name in apposition."""
    view = facts.view
    for s, e in people_in(view, 0, len(view)):
        m = _OFFICE_BEFORE.search(view, max(0, s - 100), s)
        office = roles.office(m.group(1)) if m else None
        if not office or not roles.office_targets(office[2]):
            continue
        role, written, rest = office
        target = roles.office_targets(rest)[0]
        t_start = m.start(1) + m.group(1).rfind(target)
        found = add_affiliation(facts, (t_start, t_start + len(target)), role in roles.CITY_OFFICES, strict=True)
        if not found:
            continue
        person = add_person(facts, (s, e))
        facts.entities[person].props.setdefault("title", written)
        facts.office(person, found[0], trim(view, m.start(1), e), role)
        _spoke(facts, person, s, main_id)


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
_LIST_END = re.compile(
    r"[.;:\n]|\s(?:afin|in order|qui|which|que|that|dans|in|en|avec|with|con|lors|during|durante)\s"
    r"|\s(?:sur|on)\s(?![A-ZÀ-Þ])"  # "the Forum on Intermediary Cities" goes on
    r"|\s(?:pour|para)\s+(?=[a-zà-ÿ]+(?:er|ir|re|ar)\b)|\sto\s+(?=[a-z])"  # "pour faire avancer", "to advance"
)


def _list_bodies(facts: DocumentFacts, start: int) -> list[str]:
    """The bodies of an enumeration starting at ``start``."""
    view = facts.view
    end_match = _LIST_END.search(view, start)
    end = end_match.start() if end_match else len(view)
    found = []
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
        city = _CITY_ITEM.match(text)
        if city or (people.looks_like_name(text) is False and _is_city(facts, text, strong=False)):
            city_start = e - len(text) + (city.end() if city else 0)
            city_id = add_city(facts, (city_start, e))
            if city_id:
                found.append(city_id)
                continue
        if looks_like_org(text):
            found.append(add_org(facts, (s, e)))
    return [i for i in dict.fromkeys(found) if facts.entities[i].kind in ("Organisation", "Section", "Council", "City")]


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


_CITY_ITEM = re.compile(
    r"^(?:la ville de|la commune de|la municipalit[ée] de|la mairie de|ville de|city of|the city of|ciudad de|"
    r"la ciudad de|el ayuntamiento de|ayuntamiento de|la alcald[ií]a de|alcald[ií]a de|municipalidad de|municipio de)\s+",
    re.I,
)


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


def lists(facts: DocumentFacts, main_id: str | None, series_id: str | None) -> None:
    """Participants of the meeting, bodies of future sessions, partners of the organisation."""
    view = facts.view
    for kind, pattern in _LIST_TRIGGERS.items():
        for m in pattern.finditer(view):
            sentence = sentence_at(facts, m.start()) or (m.start(), m.end())
            if sentence[1] <= m.end():  # a label ("Partners:") ends its own "sentence": quote the line
                line_end = view.find("\n", m.end())
                sentence = trim(view, m.start(), line_end if line_end >= 0 else len(view))
            bodies = _list_bodies(facts, m.end())
            for body in bodies:
                if kind == "participants" and main_id:
                    facts.relate("ATTENDED", body, main_id, sentence, role="participant", status="confirmed")
                elif kind == "future" and (series_id or main_id):
                    facts.relate(
                        "ATTENDED", body, series_id or main_id, sentence, role="participant", status="tentative"
                    )
                elif kind == "organisers" and main_id:
                    co, host = m.group("co") or m.group("co2"), m.group("host") or m.group("host2")
                    role = "co-organiser" if co else "host" if host else "organiser"
                    facts.relate("ORGANISED_BY", main_id, body, sentence, role=role)
                elif kind == "partners":
                    owner = primary_org(facts, main_id)
                    if owner and facts.entities[body].kind in ("Organisation", "Council") and body != owner:
                        facts.relate("PARTNER_OF", body, owner, sentence)


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
_SAID = re.compile(
    r"\s+(?:said|says|stressed|added|noted|explained|highlighted|underlined|recalled|stated|argued|urged|"
    r"emphasi[sz]ed|pointed out|told|welcomed|announced|warned|remarked)\b"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|noted|explained|stressed|stated|argued|warned|remarked)\s+$")


def speakers_named(facts: DocumentFacts, main_id: str | None) -> None:
    """English prose, which no spaCy model reads here: "Jane Roe said...", "..., said Jane Roe."

    A name right beside a speaking verb is a person; in a document about a meeting, a speaker.
    """
    if facts.language != "en":
        return
    view = facts.view
    for s, e in people_in(view, 0, len(view)):
        after, before = _SAID.match(view, e), _SAID_BEFORE.search(view, max(0, s - 20), s)
        if not (after or before) or _not_a_person(facts, view[s:e]):
            continue
        line_start = view.rfind("\n", 0, s) + 1
        if not view[line_start:s].strip(" *-•>#") and not after:
            continue
        person = add_person(facts, (s, e))
        _spoke(facts, person, s, main_id)


_CALENDAR = re.compile(
    r"(?:" + dates.WEEKDAY_WORDS + r"|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|today|yesterday|tomorrow|last|next|this|early|late)",
    re.I,
)


def _not_a_person(facts: DocumentFacts, text: str) -> bool:
    """A body, a country or a well-known city written like a name ("United Nations", "New York")."""
    if orgs.lookup_known(text) or places.resolve_country(text) or orgs.is_acronym(text.split()[0]):
        return True
    if any(fold(word) in orgs.HEAD_WORDS or _CALENDAR.fullmatch(word) for word in text.split()):
        return True  # "Cities Alliance", "Last Tuesday", "Early March"
    city = places.resolve_city(text, language=facts.language)
    return bool(city and city.score >= 0.8 and city.population >= 50_000)


def people_mentioned(facts: DocumentFacts) -> None:
    """Names in bold are people when they look like names ("**Souad Ben Abderrahime**")."""
    view, text = facts.view, facts.text
    for m in re.finditer(r"\*\*([^*\n]{3,60})\*\*", text):
        s, e = m.start(1), m.end(1)
        names = people_in(view, s, e)
        if names == [(s, e)] and not orgs.lookup_known(view[s:e]):
            add_person(facts, (s, e))


def countries_named(facts: DocumentFacts) -> None:
    """Countries named in the text become context for ambiguous city names."""
    found = []
    for m in re.finditer(r"(?<![\w-])[A-ZÀ-Þ][\w'-]+(?:\s+(?:du|de|des|of|the|del)?\s*[A-ZÀ-Þ][\w'-]+)?", facts.view):
        code = places.resolve_country(m.group(0))
        if code and fold(m.group(0)) not in ("de", "la"):
            found.append(code)
    facts.countries = tuple(dict.fromkeys(found))


_CITY_CUE = re.compile(
    r"\b(?:la ville de|la commune de|la municipalit[ée] de|la m[ée]tropole de|the city of|city of|the municipality of|"
    r"la ciudad de|el municipio de|el ayuntamiento de|ville de|ciudad de|municipio de|alcald[ií]a de|mairie de)\s+"
    r"(?=[A-ZÀ-Þ])",
    re.I,
)
_IN_PLACE = re.compile(r"(?<![\w'’])(?:à|in|en)\s+(?=[A-ZÀ-Þ])")
_PLACE_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:[ -](?:de|del|du|des|do|da|la|le|les|of|the|y|[A-ZÀ-Þ][\w'’-]+)){0,3}")
BIG_CITY = 100_000  # "in X" names a city by itself only when X is large (or in a country the text names)


def cities_in_prose(facts: DocumentFacts) -> None:
    """Cities named in running text: "la ville de Daejeon", "à Sucre" (in a text about Ecuador)."""
    view = facts.view
    for pattern, strong in ((_CITY_CUE, True), (_IN_PLACE, False)):
        for m in pattern.finditer(view):
            name = _PLACE_NAME.match(view, m.end())
            if not name or any(s <= m.end() < e for s, e in facts.org_spans):
                continue
            words = name.group(0).split()
            for size in range(len(words), 0, -1):
                text = " ".join(words[:size])
                span = (m.end(), m.end() + len(text))
                if _is_city(facts, text, strong):
                    add_city(facts, span, text)
                    break


def _is_city(facts: DocumentFacts, text: str, strong: bool) -> bool:
    if places.resolve_country(text) or orgs.lookup_known(text) or dates.find_dates(f"1 {text} 2000"):
        return False
    match = places.resolve_city(text, language=facts.language, context_countries=facts.countries)
    if match is None:
        return False
    if strong:
        return match.score >= 0.7
    return match.score >= 0.8 and (match.population >= BIG_CITY or match.country in facts.countries)


def countries_after_cities(facts: DocumentFacts) -> None:
    """ "Daejeon, Corée du Sud", "Vienne (Autriche)": the text says which country a city is in."""
    view = facts.view
    for city_id, city in list(facts.entities.items()):
        if city.kind != "City":
            continue
        for form in dict.fromkeys([city.name, *city.aliases]):
            for m in re.finditer(rf"(?<![\w-]){loose(form)}(?![\w-])\s*(?:,|\(|-)\s*", view):
                country = _country_at(view, m.end())
                if country and country[0] == city.props.get("country"):
                    code, end = country
                    span = (m.end(), end)
                    facts.entity("Country", f"country:{code}", places.country_name(code), span, [], {})
                    facts.relations.pop(("IN_COUNTRY", city_id, f"country:{code}"), None)
                    facts.relate("IN_COUNTRY", city_id, f"country:{code}", (m.start(), end))


def _country_at(view: str, start: int) -> tuple[str, int] | None:
    name = _PLACE_NAME.match(view, start)
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
        for body in _list_bodies(facts, target[1] + colon.end()):
            _member(facts, None, target, sentence, body)


def _member(facts, subject_span, target_span, quote, subject_id: str | None = None) -> None:
    target = add_org(facts, target_span)
    subject = subject_id or add_org(facts, subject_span)
    kinds = facts.entities[subject].kind, facts.entities[target].kind
    if kinds[0] in ("City", "Organisation") and kinds[1] in ("Section", "Organisation") and subject != target:
        facts.relate("MEMBER_OF", subject, target, quote)
