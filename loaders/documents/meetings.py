"""Meetings named in prose as the subject of a held verb: "La 17e session du comité exécutif de
X s'est tenue le 24 novembre 2017 à Grand-Bassam", "The MedCities General Assembly took place
on 5 October, in Barcelona", "The inaugural meeting took place in Belo Horizonte on the occasion
of the ICLEI World Congress 2012", "la XVI Asamblea Plenaria, que se celebra en Buenos Aires".

The phrase before the verb names the meeting (its head word is one of ``meeting_heads``, with
the rank, modifiers and body that belong to it); the clause after the verb gives its date (a
day without a year takes the page's year), its place (``venue_cues`` then a city), and the
larger event it is part of (``part_of_cues``). A bare "the meeting" / "la reunión" names no new
meeting: it is the page's main event, when there is one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from munigraph.graph.resolution import orgs
from munigraph.graph.text import clean, fold, slug
from munigraph.loaders.documents import dates, lexicon, roles
from munigraph.loaders.documents.builder import DocumentFacts, make_event_id
from munigraph.loaders.documents.markup import guarded, trim
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import TOWN_CUE, TOWN_NAME, TOWN_NAME_PATTERN, add_city, add_org, add_person

_HELD = guarded(lexicon.word_class("held_in_verbs"))
_HEAD = lexicon.word_class("meeting_heads")
RANK = r"(?:\d{1,3}(?:e|er|re|ème|eme|th|st|nd|rd|º|ª|°)|[IVXLC]{1,7})"  # a rank before a meeting noun: "3rd", "12e", "XII"
_NAME_WORD = re.compile(
    r"(?:^|(?<=\s))(?:" + RANK + "|" + lexicon.words_re("ordinals") + "|" + lexicon.words_re("meeting_modifiers")
    + r"|(?-i:[A-ZÀ-Þ][\w&'’-]*))\s+$",  # a capitalised word: case-sensitive under re.I
    re.I,
)  # fmt: skip
_DETERMINERS = re.compile(
    r"^(?:the|this|that|its|their|a|an|la|le|les|l['’]|cette|ce|sa|son|leur|el|los|las|esta|este|su|una|un)$", re.I
)
# What stands between a meeting's name and its held verb: a relative pronoun, auxiliaries, a comma
_AUXILIARIES = re.compile(
    r"(?:[\s,]*(?<!\w)(?:which|that|who|qui|que|s['’]|se\b|est|sont|[ée]tait|a|ont|avait|fut|va|will|would|was|were|is|are|"
    r"has|have|had|been|be|being|ha|han|hab[ií]a|fue|fueron|ser[aá]|sido|es|ya|finally|also|aussi|tambi[eé]n)\b)*"
    r"[\s,]*$",
    re.I,
)
_PART_OF = re.compile(
    r"(?<![\w-])" + lexicon.words_re("part_of_cues") + r"\s+(?:(?:the|la|le|les|l['’]|el|los|las|del|des|du|de)\s+)?",
    re.I,
)
_HOST_CUE = re.compile(r"(?<![\w-])" + lexicon.words_re("host_cues"), re.I)
FUTURE = _FUTURE = lexicon.word_class("future_markers")
_COUNCIL_HEAD = lexicon.word_class("council_heads")
_VENUE = re.compile(r"(?<![\w'’-])" + lexicon.words_re("venue_cues") + r"\s+", re.I)
_CITY = re.compile(r"[A-ZÀ-Þ][\w'’.]*(?:(?:[ -]|\s-)[A-ZÀ-Þ][\w'’.]*){0,2}")
_CONNECTOR = re.compile(r"^(?:of|the|on|for|and|de|del|des|du|la|le|sur|pour|y|et|of the|de la|des)$", re.I)
_RANK_WORD = re.compile(r"^" + RANK + r"$")
EVENT_HEADS = lexicon.words_re("event_nouns")
MAX_WORDS = 16  # words of a meeting's name before its verb


@dataclass
class Held:
    """A meeting named as the subject of a held verb: the name's span, the clause after the verb."""

    span: tuple[int, int] | None  # None: a bare "the meeting", the page's main event
    name: str
    clause: tuple[int, int]
    sentence: tuple[int, int]
    future: bool = False  # "will be held", "se celebrará": announced, not reported
    opens: bool = (
        False  # the name opens its sentence ("The inaugural meeting took place"), not "invited to X held in Y"
    )


def page_year(facts: DocumentFacts) -> int | None:
    """The year a page is about: its first full date, else a year in its opening lines."""
    return _page_year(facts.view)


@lru_cache(maxsize=8)  # asked for each meeting of a page: one scan of its dates
def _page_year(view: str) -> int | None:
    found = dates.find_dates(view)
    if found:
        return found[0].first.year
    m = re.search(r"\b((?:19|20)\d\d)\b", view[:600])
    return int(m.group(1)) if m else None


def held_meetings(facts: DocumentFacts, limit: int = 4000) -> list[Held]:
    """Every meeting the first ``limit`` characters say was held, in order."""
    view = facts.view
    found = []
    for sentence in facts.context.sentences:
        if sentence[0] >= limit:
            break
        for verb in _HELD.finditer(view, *sentence):
            held = _subject(facts, sentence, verb)
            if held:
                found.append(held)
                break
    return found


def _subject(facts: DocumentFacts, sentence: tuple[int, int], verb: re.Match) -> Held | None:
    """The meeting the held verb at ``verb`` is said of, named in the same clause before it."""
    view = facts.view
    clause_start = max(sentence[0], view.rfind(";", sentence[0], verb.start()) + 1, verb.start() - 220)
    head = next(_HEAD.finditer(view, clause_start, verb.start()), None)
    if head is None:
        return None
    end = clause_start + len(_AUXILIARIES.sub("", view[clause_start : verb.start()]))
    end = max(end, head.end())
    comma = view.find(",", head.end(), end)
    end = (
        comma if comma >= 0 else end
    )  # "le Forum des villes, co-organisé par X, s'est tenu": the name ends at the comma
    start = head.start()
    for _ in range(4):  # the words before the head that belong to the name ("17e", "inaugural", "MedCities")
        m = _NAME_WORD.search(view, max(clause_start, start - 40), start)
        if not m or _DETERMINERS.match(m.group(0).strip()) or view.rfind("\n", m.start(), start) >= 0:
            break
        start = m.start()
    start, end = trim(view, start, end)
    text = view[start:end]
    clause = (verb.end(), _clause_end(view, verb.end(), sentence[1]))
    if "\n" in text or len(text.split()) > MAX_WORDS or re.search(r"[.;:!?]", text):
        return None
    future = bool(_FUTURE.search(view, end, verb.end()))
    if (start, end) == head.span() and not head.group(0)[:1].isupper():
        return Held(None, "", clause, sentence, future)  # "the meeting was held online": the page's meeting
    # "Kigali : La 17e session ... s'est tenue"; "the online meeting ..., which was held": a clause of its own
    opens = len(view[sentence[0] : start].split()) <= 3 or bool(
        re.search(r"(?<!\w)(?:which|that|qui|que)(?!\w)", view[end : verb.start()], re.I)
    )
    return Held((start, end), clean(facts.surface(start, end)), clause, sentence, future, opens)


def held_verb(text: str) -> bool:
    """Whether ``text`` says something was held ("s'est tenu", "se tiendra", "took place")."""
    return _HELD.search(text) is not None


def held_verb_match(text: str) -> re.Match[str] | None:
    """Where ``text`` first says something was held, if it does."""
    return _HELD.search(text)


def _clause_end(view: str, start: int, end: int) -> int:
    stop = view.find(";", start, end)
    return stop if stop >= 0 else end


def add_held(facts: DocumentFacts, held: Held, main_id: str | None = None) -> str | None:
    """The meeting of ``held`` as an Event (a bare "the meeting" is ``main_id``), with its date,
    place, larger event and the body it is named after."""
    view = facts.view
    day = _date(facts, held)
    if held.span is None:
        event_id = main_id
        if event_id is None:
            return None
    else:
        props = {"start": day.first.isoformat(), "end": day.last.isoformat()} if day else {}
        month = None if day else dates.find_month(view[held.clause[0] : held.clause[1]])
        if month:  # "aura lieu à Montréal en octobre 2024": dated to the month
            props = {"start": month[2], "end": month[2]}
        name, aliases = orgs.strip_article(held.name), []
        inner = re.fullmatch(r"(.+?)\s*\(([^()]{3,80})\)", name)
        if inner and not orgs.lookup_known(inner.group(2)):  # "second Forum of Mayors (Forum of Mayors 2022)"
            name, aliases = inner.group(1), [inner.group(2)]
        event_id = make_event_id(name, str(day.first.year) if day else None, keep_article=True, repeat_day=True)
        folded = {fold(f) for f in (name, *aliases)}
        event_id = next(
            (
                i
                for i, e in facts.entities.items()
                if e.kind == "Event" and folded & {fold(f) for f in (e.name, *e.aliases)}
            ),
            event_id,
        )
        facts.entity("Event", event_id, name, held.span, aliases, props, surface_is_alias=not aliases)
        if aliases:
            facts.entities[event_id].aliases.append(name) if name not in facts.entities[event_id].aliases else None
        _named_after(facts, held, event_id)
    quote = trim(view, held.span[0] if held.span else held.sentence[0], held.clause[1])
    city = _place(facts, held)
    if city:
        facts.relate("HELD_IN", event_id, city, quote)
    parent = _larger_event(facts, held)
    if parent and parent != event_id:
        facts.relate("PART_OF", event_id, parent, quote)
    return event_id


def _date(facts: DocumentFacts, held: Held) -> dates.DateSpan | None:
    text = facts.view[held.clause[0] : held.clause[1]]
    found = dates.find_dates(text)
    if (year := page_year(facts)) is not None:  # "on 22 October ..., and the closing on 24 October 2025": the first
        found = sorted([*found, *dates.find_partial_dates(text, year)], key=lambda d: d.start)
    return found[0] if found else None


def _place(facts: DocumentFacts, held: Held) -> str | None:
    """The city after a venue cue in the clause ("in Barcelona", "à l'hôtel X de Grand-Bassam")."""
    view = facts.view
    for cue in _VENUE.finditer(view, *held.clause):
        if _PART_OF.match(view, cue.start()) or _HOST_CUE.match(view, cue.start()):
            continue  # "à l'invitation de la Ville de X": a host (event_owners.hosts), no venue
        window = view[cue.end() : min(held.clause[1], cue.end() + 60)]
        host = _HOST_CUE.search(window)
        window = window[: host.start()] if host else window  # "en ligne, à l'invitation de la Ville de X"
        for m in _CITY.finditer(window):
            if m.start() > 0 and not re.search(r"\s(?:de|of|del|d['’])\s*$", window[: m.start()]):
                continue  # "à l'hôtel Afriland de Grand-Bassam": the city after "de" in a venue
            if roles.OFFICE_WORD.search(window, 0, m.start()):
                break  # "pour succéder au maire de Paris": a person's office, no venue

            city = add_city(facts, (cue.end() + m.start(), cue.end() + m.end()), min_score=0.7)
            if city:
                return city
            break
    return None


def _larger_event(facts: DocumentFacts, held: Held) -> str | None:
    """ "on the occasion of the ICLEI World Congress 2012": the event after a part-of cue."""
    view = facts.view
    cue = _PART_OF.search(view, *held.clause)
    if not cue:
        return None
    tokens = list(re.finditer(r"[^\s,;.()]+", view[cue.end() : held.clause[1]]))
    keep = 0
    for i, token in enumerate(tokens):
        word = token.group(0)
        if word[:1].isupper() or word[:1].isdigit() or _RANK_WORD.match(word):
            keep = i + 1
        elif not _CONNECTOR.match(word) or i == 0:
            break
    if keep == 0:
        return None
    start, end = cue.end() + tokens[0].start(), cue.end() + tokens[keep - 1].end()
    name = clean(view[start:end])
    if not (re.search(EVENT_HEADS, name) or _HEAD.search(name)) or orgs.lookup_known(name):
        return None
    event_id = make_event_id(name)
    existing = next((i for i, e in facts.entities.items() if e.kind == "Event" and name in (e.name, *e.aliases)), None)
    event_id = existing or event_id
    facts.entity("Event", event_id, name, (start, end), [], {})
    return event_id


def _named_after(facts: DocumentFacts, held: Held, event_id: str) -> None:
    """ "the 17th session of the Executive Committee of X", "the MedCities General Assembly": the
    body a meeting is named after organises it."""
    for start, end in sorted(facts.org_spans):
        if held.span[0] <= start and end <= held.span[1]:
            org_id = add_org(facts, (start, end))
            if not body_meets(facts, held.span, (start, end), org_id):
                return
            if facts.entities[org_id].kind in ("Organisation", "Section", "Council"):
                facts.relate("ORGANISED_BY", event_id, org_id, held.span, role="organiser")
            return


def body_meets(facts: DocumentFacts, event_span: tuple[int, int], body_span: tuple[int, int], body_id: str) -> bool:
    """Whether the body named at ``body_span`` inside an event's name is the one meeting: not in
    "the session of the Executive Committee of X" (the committee meets; X only owns it)."""
    view = facts.view
    outside = view[event_span[0] : body_span[0]] + " " + view[body_span[1] : event_span[1]]
    return facts.entities[body_id].kind == "Council" or not _COUNCIL_HEAD.search(outside)


# "la XLVI reunión del Comité Ejecutivo", "the 12th meeting of the Bureau": a ranked meeting of a body
_RANKED_MEETING = re.compile(
    r"(?<![\w-])(?:" + RANK + "|" + lexicon.words_re("ordinals") + r")\s+" + lexicon.words_re("meeting_nouns")
    + r"\s+(?:del|de la|de l['’]|du|de|of the|of)\s*",
    re.I,
)  # fmt: skip


def ranked_meetings(facts: DocumentFacts) -> None:
    """A ranked meeting of a council named in prose is an Event the council organises."""
    view = facts.view
    starts = {s: e for s, e in facts.org_spans}
    for m in _RANKED_MEETING.finditer(view):
        body_end = starts.get(m.end())
        if body_end is None:
            continue
        body = add_org(facts, (m.end(), body_end))
        if facts.entities[body].kind != "Council":
            continue
        name = clean(view[m.start() : body_end])
        folded = fold(name)
        event_id = next(
            (
                i
                for i, e in facts.entities.items()
                if e.kind == "Event" and folded in {fold(f) for f in (e.name, *e.aliases)}
            ),
            make_event_id(name, keep_article=True),
        )
        facts.entity("Event", event_id, name, (m.start(), body_end), [], {})
        facts.relate("ORGANISED_BY", event_id, body, (m.start(), body_end), role="organiser")


# "Congrès de CGLU", "Congrès de CGLU à Tanger": an acronym closes the name, or comes before the place that does
_OWNER_TAIL = re.compile(
    r"\s(?:de|of|del|du|des)\s+(?:l['’]\s*|la\s+|the\s+)?(?P<body>[A-Z][A-Z0-9&.-]{1,11})"
    r"(?:\s+(?:en|in|à)\s+" + TOWN_NAME_PATTERN + r")?\s*$"
)


_KNOWN_OWNER_TAIL = re.compile(
    r"\s(?:de|of|del|du|des)\s+(?:l['’]\s*|la\s+|the\s+)?(?P<body>[A-ZÀ-Þ][^()]{2,60}?)"
    r"(?:\s+(?:en|in|à)\s+" + TOWN_NAME_PATTERN + r")?\s*$"
)


def organisers_by_name(facts: DocumentFacts) -> None:
    """ "ICLEI World Congress 2012", "Metropolis World Congress", "Dialogues municipaux de CGLU":
    a well-known body that opens an event's name, or an acronym that closes it ("... of UCLG"),
    organises the event. Words that merely read like a body ("Forum of Mayors") do not."""
    for event_id, event in list(facts.entities.items()):
        if event.kind != "Event" or event_id not in facts.first_span:
            continue
        if any(r.type == "ORGANISED_BY" and r.source == event_id for r in facts.relations.values()):
            continue
        body = _owner_in_name(orgs.strip_article(event.name))
        if body is None:
            continue
        org_id = _body_entity(facts, body, event_id)
        if org_id:
            facts.relate("ORGANISED_BY", event_id, org_id, facts.first_span[event_id], role="organiser")


def _owner_in_name(name: str) -> str | None:
    if name.upper() == name:
        return None  # a name in capitals has no acronym to tell apart
    words = re.sub(r"^" + RANK + r"\s+", "", name).split()
    head = next((i for i, w in enumerate(words) if _HEAD.fullmatch(w) or re.fullmatch(EVENT_HEADS, w)), None)
    for count in range(min(head or 0, 4), 0, -1):  # the longest run of words before the head word
        prefix = " ".join(words[:count])
        if orgs.lookup_known(prefix) or (count == 1 and orgs.is_acronym(prefix) and len(prefix) > 2):
            return prefix
    tail = _OWNER_TAIL.search(name)
    if tail and orgs.is_acronym(tail.group("body")):
        return tail.group("body")
    known = _KNOWN_OWNER_TAIL.search(name)  # "Cumbre de Mercociudades en Rosario": a known body, then the place
    body = known.group("body") if known else ""
    return body if not orgs.is_acronym(body) and orgs.lookup_known(body) else None  # an acronym only ends a name


def _body_entity(facts: DocumentFacts, body: str, event_id: str) -> str | None:
    """The body ``body`` names, as an entity of the page (mentioned where the event is)."""
    span = facts.first_span[event_id]
    at = facts.view.find(body, span[0], span[1] + 1)
    if at < 0:
        return None
    org_id = add_org(facts, (at, at + len(body)))
    return org_id if facts.entities[org_id].kind in ("Organisation", "Section", "Council") else None


_QUOTED_SESSION = guarded(
    re.compile(
        r"(?<![\w-])(?:" + lexicon.words_re("session_heads") + "|" + lexicon.words_re("meeting_heads") + r")s?\b"
        r"[^\"\n.;]{0,60}?\"(?P<title>[^\"\n]{8,160}?)\"",
        re.I,
    )
)

_THEME = lexicon.word_class("theme_words")


def quoted_sessions(facts: DocumentFacts, main_id: str | None) -> None:
    """ "At the session on "A renewed role ...", A said ...", "a thematic session dedicated to
    migration, "From managing migration ..."": a session of the page's meeting, named by its
    quoted title, PART_OF that meeting; the people the rest of its paragraph says spoke attend
    the session instead of the meeting."""
    if not main_id:
        return
    view = facts.view
    found = list(_QUOTED_SESSION.finditer(view))
    main_span = facts.first_span.get(main_id)
    for i, m in enumerate(found):
        if facts.org_index().strictly_around(m.start("title")):
            continue
        if (
            main_span
            and 0 <= m.start("title") - main_span[1] <= 6
            and not view[main_span[1] : m.start("title")].strip(' \t·:–—-"“«')
        ):
            continue  # 'Annual Forum 2026 · "Tides of Change"': the theme right after the event's name
        title = clean(m.group("title")).strip(" .,")
        if len(title.split()) < 3 or orgs.lookup_known(title) or _THEME.search(view, m.start(), m.start("title")):
            continue
        main = facts.entities[main_id]
        if any(fold(title) in fold(f) or fold(f) in fold(title) for f in (main.name, *main.aliases)):
            continue  # "Session de travail « X »" names the meeting itself
        session_id = f"{main_id}-{slug(title)[:40].strip('-')}"
        facts.entity("Event", session_id, title, m.span("title"), [], {"event_type": "session"})
        facts.relate("PART_OF", session_id, main_id, trim(view, m.start(), m.end()))
        paragraph_end = view.find("\n\n", m.end())
        stop = min(x for x in (paragraph_end, found[i + 1].start() if i + 1 < len(found) else -1, len(view)) if x >= 0)
        sentence = facts.context.sentence_at(m.start()) or (m.start(), m.end())
        # "At the session on ...": its sentence opens a little before the head word (a run-on
        # "sentence" of a whole page does not make everyone in it attend the session)
        _move_attendance(facts, main_id, session_id, max(sentence[0], m.start() - 120), stop)
        _session_with(facts, session_id, m.end(), sentence[1])


_WITH = re.compile(r"[ \t]*[,.]?[ \t]*" + lexicon.words_re("session_with") + r"[ \t]+", re.I)


def _session_with(facts: DocumentFacts, session_id: str, at: int, end: int) -> None:
    """ "a dialogue on “Culture and cities”, with the director of X, Ana Roe": the people named
    after "with" in the title's sentence speak in the session."""
    joined = _WITH.match(facts.view, at)
    if not joined:
        return
    for s, e in people_in(facts.view, joined.end(), end):
        person = add_person(facts, (s, e))
        facts.relate("ATTENDED", person, session_id, trim(facts.view, at, e), role="speaker", status="confirmed")


def _move_attendance(facts: DocumentFacts, main_id: str, session_id: str, start: int, stop: int) -> None:
    for key, relation in list(facts.relations.items()):
        if relation.type != "ATTENDED" or relation.target != main_id:
            continue
        if all(start <= (p.start or 0) < stop for p in relation.provenance):
            del facts.relations[key]
            for p in relation.provenance:
                facts.relate("ATTENDED", relation.source, session_id, (p.start, p.end), **relation.props)


_ATTENDED_VERB = guarded(lexicon.word_class("attended_verbs"))
_CHAIRED_VERB = lexicon.word_class("chaired_verbs")
_SPOKE_VERB = lexicon.word_class("spoke_verbs")
_BY = re.compile(r"\s+(?:by|par|por)\b", re.I)


def participants(facts: DocumentFacts, main_id: str | None, mentions: list[tuple[str, int, int]]) -> None:
    """ "A, mayor of X, and B participated in the Assembly of Y", "A a participé au Forum Z",
    "A y B participan como invitados en la Asamblea": the people named before an attendance verb
    attend the event named after it in the sentence (else the page's meeting) as participants;
    before a chairing verb ("A chaired the Committee meeting") as its moderators; before a speaking
    verb with its event ("A intervendrá en la sesión de apertura") as its speakers."""
    view = facts.view
    verbs = [(verb, "participant") for verb in _ATTENDED_VERB.finditer(view)]
    verbs += [(verb, "moderator") for verb in _CHAIRED_VERB.finditer(view)]
    verbs += [(verb, "speaker") for verb in _SPOKE_VERB.finditer(view)]
    ordered = sorted(mentions, key=lambda mention: mention[1])  # the first of equal starts first, as min() takes
    starts = [start for _, start, _ in ordered]
    ends: dict[int, list[int]] = {}  # where each body read ends -> its indexes in org_spans
    for index, (_, end) in enumerate(facts.org_spans):
        ends.setdefault(end, []).append(index)
    for verb, role in verbs:
        sentence = facts.context.sentence_at(verb.start())
        if sentence is None or facts.context.states_not("ATTENDED", verb.start(), verb.end()):
            continue  # "X did not attend", "no participó", "X is invited to attend": no attendance (modality.py)
        first = bisect.bisect_left(starts, verb.end())  # the first event named after the verb
        after = first < len(starts) and starts[first] < sentence[1]
        if role != "participant" and (not after or _BY.match(view, verb.end())):
            continue  # "A chaired the Bureau" names no meeting; "chaired by A" is read by the cues
        event_id = ordered[first][0] if after else _event_referred(facts, ordered, sentence[0], verb.end(), main_id)
        if event_id is None:
            continue
        quote = trim(view, sentence[0], sentence[1])
        body = _body_before(facts, verb.start(), ends)
        if body is None and role == "participant":
            body = _town_before(facts, sentence[0], verb.start())
        if body is not None:  # "UCLG ASPAC represented its members at the Bureau": the body attends
            facts.relate("ATTENDED", body, event_id, quote, role=role, status="confirmed")
        for s, e in [*people_in(view, sentence[0], verb.start()), *_surnames_in(facts, sentence[0], verb.start())]:
            person = facts.entities.get(_person_at(facts, s, e) or _surname_of(facts, s, e) or "")
            if person is None:
                continue
            existing = facts.relations.get(("ATTENDED", person.id, event_id))
            if existing and all(sentence[0] <= (p.start or 0) < sentence[1] for p in existing.provenance):
                existing.props["role"] = role  # "participó" read as speaking: taking part is no speech
            facts.relate("ATTENDED", person.id, event_id, quote, role=role, status="confirmed")


# "in the Forum", "au Congrès", "en el encuentro": a meeting referred to by its head noun alone
_REFERRED = re.compile(
    r"[ \t]+(?:(?:in|at|to|à|en|a|de)[ \t]+)?(?:the|this|that|le|la|les|l['’]|au|aux|ce|cette|el|los|las|este|esta|al|del)[ \t]*"
    r"(?P<head>" + lexicon.words_re("meeting_heads") + r")(?![\w-])",
    re.I,
)


def _event_referred(
    facts: DocumentFacts, ordered: list[tuple[str, int, int]], sentence_start: int, at: int, main_id: str | None
) -> str | None:
    """The event "the Forum" after an attendance verb refers to: the last one named before the
    sentence with that head word in its name, else (when the page has no main event) the last one named."""
    m = _REFERRED.match(facts.view, at)
    before = [event_id for event_id, start, _ in ordered if start < sentence_start]
    if m is None or not before:
        return main_id
    head = fold(m.group("head"))
    same = [e for e in before if head in fold(facts.entities[e].name).split()]
    return same[-1] if same else main_id or before[-1]


# what may stand between a town and its verb: "has also", "a également", "también" (lowercase words)
_TOWN_VERB_GAP = re.compile(r"(?:[ \t]+[^\W\d_A-ZÀ-Þ]+){0,2}[ \t]*")


def _town_before(facts: DocumentFacts, start: int, at: int) -> str | None:
    """ "The City of Kisumu took part in", "la Ville de Grenoble a participé au", "la ciudad de
    Córdoba participó en": a town named by its government's prefix opens the attendance verb."""
    view = facts.view
    for cue in reversed(list(TOWN_CUE.finditer(view, start, at))):
        name = TOWN_NAME.match(view, cue.end(), at)
        if name and _TOWN_VERB_GAP.fullmatch(view, name.end(), at):
            return add_city(facts, name.span())
    return None


def _body_before(facts: DocumentFacts, at: int, ends: dict[int, list[int]]) -> str | None:
    """The organisation, section or city a rule read right before ``at`` (only blanks between);
    ``ends``: where each span of ``facts.org_spans`` ends -> its indexes there."""
    view, blank = facts.view, at
    while blank > 0 and view[blank - 1].isspace():
        blank -= 1
    for index in sorted(i for end in range(blank, at + 1) for i in ends.get(end, ())):
        span = facts.org_spans[index]
        body = facts.bodies.get(span) or add_org(facts, span)
        if facts.entities[body].kind in ("Organisation", "Section", "City"):
            return body
    return None


_RECEIVED = guarded(re.compile(
    r"(?<![\w-])" + lexicon.words_re("received_verbs") + r"\s+(?:a\s+|à\s+)?(?:una?|the|a|an|la|le|une|el)\s+"
    + lexicon.words_re("delegation_nouns") + r"\s+(?:de|of|from|du|de la|d['’])\s*(?P<city>(?-i:" + TOWN_NAME_PATTERN + r"))",
    re.I,
))  # fmt: skip


def delegations(facts: DocumentFacts, main_id: str | None) -> None:
    """ "El alcalde, A, recibió a una comitiva de Quillota": A hosts the page's meeting, the
    delegation's city takes part in it."""
    if main_id is None:
        return
    view = facts.view
    for m in _RECEIVED.finditer(view):
        sentence = facts.context.sentence_at(m.start()) or (m.start(), m.end())
        city = add_city(facts, m.span("city"), min_score=0.7)
        if city is None:
            continue
        quote = trim(view, sentence[0], m.end())
        facts.relate("ATTENDED", city, main_id, quote, role="participant", status="confirmed")
        hosts = people_in(view, sentence[0], m.start())
        if len(hosts) == 1:  # the one person the sentence names before the verb receives them
            host = _person_at(facts, *hosts[0]) or add_person(facts, hosts[0])
            facts.relate("ATTENDED", host, main_id, quote, role="host", status="confirmed")


def _person_at(facts: DocumentFacts, start: int, end: int) -> str | None:
    """The id of a person already read at ``start``-``end`` (no new person from this rule)."""
    surface = facts.surface(start, end)
    return next((i for i, e in facts.entities.items() if e.kind == "Person" and surface in (e.name, *e.aliases)), None)


_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]{2,}(?![\w'’-])")


def _surnames_in(facts: DocumentFacts, start: int, end: int) -> list[tuple[int, int]]:
    """Single capitalised words in [start, end) that are a surname the page gave in full before."""
    return [m.span() for m in _WORD.finditer(facts.view, start, end) if _surname_of(facts, *m.span())]


def _surname_of(facts: DocumentFacts, start: int, end: int) -> str | None:
    """ "Carmena" after "Manuela Carmena": the one person read whose name ends with the word, else None."""
    word = facts.surface(start, end)
    found = {
        i for i, e in facts.entities.items() if e.kind == "Person" and " " in e.name and e.name.split()[-1] == word
    }
    return found.pop() if len(found) == 1 else None
