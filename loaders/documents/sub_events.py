"""The parts of a programme named by a common noun, and the celebration they belong to.

"As part of the anniversary, the twinning committee organises a youth forum", "La cérémonie officielle aura
lieu à l'hôtel de ville", "l'exposition « Soixante ans d'amitié »", "un taller sobre movilidad sostenible":
each such part (``sub_event_nouns``, with the quoted title or the topic after it) is an Event of its own,
PART_OF the event that a part-of cue before it in its sentence names ("dans le cadre des Assises", "en el
marco de la Semana": the event whose name holds that word), else the page's event, else the one celebration
the page names ("the anniversary celebrations", "les festivités du 60e anniversaire": ``celebration_nouns``).

Its date is the first date after it in its sentence (a day without a year takes its parent's year or the
page's), else the day heading above it; its city is the one its sentence names after it ("in Vienna", "à
l'hôtel de ville de Vannes"), else its parent's city when it is held at a venue (``venue_nouns``).
An event named with a held verb and a date after it ("the Festival, which will take place from 20 to 22
June 2025") is dated by it (``held_dates``).
"""

from __future__ import annotations

import re

from munigraph.graph.text import clean, fold
from munigraph.loaders.documents import dates, event_identity, lexicon, meetings
from munigraph.loaders.documents.builder import DocumentFacts, make_event_id
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.prose import event_mentions
from munigraph.loaders.documents.resolve import TOWN_NAME_PATTERN, add_city

_ARTICLES = lexicon.words_re("sub_event_articles")
_RANK = r"(?:\d{1,3}(?:st|nd|rd|th|e|er|ème|º|ª|°)?[ \t]+)?"
_PART = re.compile(
    r"(?<![\w'’-])(?P<article>"
    + _ARTICLES
    + r")[ \t]*(?<=[\s'’])"
    + _RANK
    + r"(?P<noun>(?:"
    + lexicon.words_re("session_qualifiers")
    + r"[ \t]+)?"  # "the opening panel", "the parallel workshop on X" (x-attend)
    + lexicon.classes_re("sub_event_nouns", "ceremony_nouns", "prose_part_nouns")
    + r")(?![\w-])"
    + r"(?:[ \t]+"
    + lexicon.words_re("title_cues")
    + r")?"  # "a panel titled "Financing X"" (x-events)
    r"(?:[ \t]*[«\"“][ \t]*(?P<title>[^»\"”\n]{3,100}?)[ \t]*[»\"”])?",
    re.I,
)
_CELEBRATION = re.compile(
    r"(?<![\w'’-])"
    + _ARTICLES
    + r"[ \t]*(?<=[\s'’])(?P<noun>"
    + _RANK
    + lexicon.words_re("celebration_nouns")
    + r")(?![\w-])",
    re.I,
)
_INDEFINITE = re.compile(lexicon.words_re("sub_event_indefinites"), re.I)
_ADJECTIVE = re.compile(r"[ \t]+(?P<word>[a-zà-ÿ][\w'’-]*)(?=[ \t]*,)")
_TOPIC = re.compile(
    r"[ \t]+" + lexicon.classes_re("sub_event_topics", "part_topic_cues") + r"[ \t]+", re.I
)  # "a workshop on X", "l'atelier consacré à X" (x-events)
# Words that end a topic or a celebration's complement: a verb, a clause, a place or a date
_STOP = re.compile(
    r"^(?:"
    + lexicon.words_re("sub_event_stops")
    + "|"
    + lexicon.words_re("future_markers")
    + r"|\w+['’]\w*|(?!\d{1,3}(?:st|nd|rd|th|e|er|ème|º|ª)$)\d.*)$",
    re.I,
)
_OF = re.compile(r"^(?:of|du|de|des|del|d['’]\w+)$", re.I)
_PART_CUE = re.compile(
    r"(?<![\w-])" + lexicon.words_re("part_of_cues") + r"s?[ \t]*(?:(?:the|la|le|les|el|los|las)[ \t]+|l['’][ \t]*)?"
    r"(?:\d{1,3}(?:st|nd|rd|th|e|ème)?[ \t]+)?(?P<ref>[^\W\d_][\w'’-]*)",
    re.I,
)
_VENUE = lexicon.word_class("venue_nouns")
# "in Vienna", "à Lyon", "en Montevideo", "of Vannes" after a venue: the city it is held in
_IN_CITY = re.compile(r"(?<![\w'’-])(?:in|à|en|a)[ \t]+(?P<city>(?-i:" + TOWN_NAME_PATTERN + r"))")
_VENUE_OF = re.compile(r"[^.;\n]{0,20}?[ \t](?:de|of|del|d['’])[ \t]*(?P<city>(?-i:" + TOWN_NAME_PATTERN + r"))")
# "the Bordeaux City Hall": the city named before the venue
_CITY_BEFORE = re.compile(r"(?P<city>(?-i:" + TOWN_NAME_PATTERN + r"))[ \t]+$")
# A person's or place's name opening a topic ("devoted to Frida Kahlo"): two capitalised words
_PROPER_NAME = re.compile(r"(?-i:[A-ZÀ-Þ][\w'’-]+[ \t]+(?:(?:de|da|del|van|von|di|la|le)[ \t]+)?[A-ZÀ-Þ][\w'’-]+)")
_TOKEN = re.compile(r"[^\s,.;:()«»\"“”!?]+")  # a word of a complement, its punctuation left out
# What a day heading's line holds besides its date: punctuation, digits, a weekday ("Jeudi 23 octobre 2025")
_NOT_DATE_WORD = re.compile(r"[\W\d_]+|(?i:" + dates.WEEKDAY_WORDS + r")")
_HELD_DATE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:which|that|qui|que)[ \t]+)?(?:[\w'’]+[ \t]+){0,2}?(?i:"
    + lexicon.words_re("held_in_verbs")
    + r")\b"
)


def _tail(view: str, start: int, limit: int, first_of: bool) -> int:
    """Where the lowercase complement of a name that starts at ``start`` ends ("sur la jeunesse", "du
    60e anniversaire du jumelage"): up to four words, stopping at a verb, a clause, a place or a date."""
    end, words = start, 0
    for token in _TOKEN.finditer(view[start:limit]):
        if view[end if words else start + (token.start() and token.start() - 1) : start + token.start()].strip(" \t"):
            break  # punctuation between ("the workshop on heating, moderated by"): the complement ended
        word = token.group(0)
        if words == 0 and first_of and not _OF.match(word):
            break
        if words > 0 and _STOP.match(word) and not _OF.match(word) or words >= 5:
            break
        end, words = start + token.end(), words + 1
    return end


def sub_events(facts: DocumentFacts, main_id: str | None) -> None:
    """Each part of a programme named by a common noun, PART_OF its event, dated and placed."""
    view = facts.view
    taken = [(s, e) for s, e in facts.first_span.values()] + [(s, e) for _, s, e in event_mentions(facts)]
    celebrations = _celebrations(facts, taken)
    parts = []
    created: set[str] = set()  # the parts named here first
    for m in _PART.finditer(view):
        start = m.start("noun")
        if facts.org_index().overlaps(start, m.end()):
            continue
        named = _named_already(facts, m, taken)
        if named is not None:  # a ceremony another rule named, or named again ("la ceremonia, organizada por")
            if named:
                parts.append((named, start, facts.first_span[named][1]))
            continue
        end = m.end()
        if (
            not m.group("title")
            and (topic := _TOPIC.match(view, end))
            and not view[topic.end() : topic.end() + 1].isdigit()
            and not _PROPER_NAME.match(view, topic.end())
        ):  # "une exposition consacrée à Rosalía de Castro": the person keeps her name, no event named
            end = max(end, _tail(view, topic.end(), min(len(view), topic.end() + 80), False))
        if (
            end == m.end()
            and not m.group("title")
            and " " not in m.group("noun").strip()
            and not _INDEFINITE.fullmatch(m.group("article"))
        ):
            continue  # "la ceremonia", "the exhibition": an event named before, not a new one
        adjective = _ADJECTIVE.match(view, end)  # "un concert franco-allemand, organisé par ...": part of its name
        if end == m.end() and not m.group("title") and adjective and not _STOP.match(adjective.group("word")):
            end = adjective.end()
        elif end == m.end() and not m.group("title") and " " not in m.group("noun").strip() and not _happens(facts, m):
            continue  # "an exhibition space", "un taller municipal": a place or a trade, no event
        end = trim(view, start, end)[1]
        name = clean(view[start:end])
        event_id = make_event_id(name, keep_article=True)
        if event_id in facts.entities:
            continue
        facts.entity("Event", event_id, name[:1].upper() + name[1:], (start, end), [], {"event_type": "session"})
        created.add(event_id)
        taken.append((start, end))
        parts.append((event_id, start, end))
    main = facts.entities[main_id].props if main_id else {}
    programme = main_id if main.get("start", "")[:10] != main.get("end", "")[:10] else None  # a programme's days
    fallback = (
        celebrations[0] if len(celebrations) == 1 else None
    ) or programme  # the celebration named, else the days
    starts = sorted(s for _, s, _ in parts)
    renamed: dict[str, str] = {}  # a part named twice is renamed under its parent once (x-attend)
    for event_id, start, end in parts:
        event_id = renamed.get(event_id, event_id)
        if event_id not in facts.entities:
            continue
        sentence = facts.context.sentence_at(start) or (start, end)
        cued, parent = _cued_parent(facts, sentence[0], start, event_id)
        parent = parent if cued else fallback
        stop = min([s for s in starts if s > start] + [sentence[1]])  # the next part's words are its own
        part_of = next(
            (r.target for r in facts.relations.values() if r.type == "PART_OF" and r.source == event_id), None
        )
        if part_of:  # "the opening ceremony" a rule made part of its event already: dated and placed here
            parent = part_of
        elif parent and _dated_outside(facts, event_id, parent):
            continue  # a sidebar's "Journée X, 26 juin 2024" under a 2021 seminar: another event
        elif parent and parent != event_id:
            if event_id in created:  # "the opening session" of two pages' events: two sessions, by their parents' ids
                event_id = renamed[event_id] = _under_parent(facts, event_id, parent)
            facts.relate("PART_OF", event_id, parent, trim(view, start, end))
        _date(facts, event_id, parent, start, end, stop)
        _place(facts, event_id, parent, end, stop)


def _dated_outside(facts: DocumentFacts, event_id: str, parent: str) -> bool:
    """Whether the part has its own day and it falls outside the parent's days."""
    day = facts.entities[event_id].props.get("start", "")[:10]
    props = facts.entities[parent].props
    first, last = props.get("start", "")[:10], props.get("end", props.get("start", ""))[:10]
    if len(day) < 10 or len(first) < 10 or len(last) < 10:
        return False
    return not first <= day <= last


def _under_parent(facts: DocumentFacts, event_id: str, parent: str) -> str:
    """The part's id under its parent's ("event:forum-2024-opening-session"): a store that loads several
    pages keeps each page's "opening session" apart. (x-events)"""
    new_id = f"{parent}-{event_id.removeprefix('event:')}"
    if new_id in facts.entities or event_id.startswith(parent):
        return event_id
    part = facts.entities[event_id]
    facts.entity(
        "Event", new_id, part.name, facts.first_span[event_id], part.aliases, part.props, surface_is_alias=False
    )
    facts.mentions[new_id] = facts.mentions.get(event_id, 1)
    event_identity.merge_event(facts, event_id, new_id)
    return new_id


def _happens(facts: DocumentFacts, m: re.Match) -> bool:
    """Whether the sentence of a one-word part says it takes place: a date or a held verb after it, or
    a part-of cue before it ("a concert will close the day on 24 October", "as part of the week, a concert")."""
    view = facts.view
    sentence = facts.context.sentence_at(m.start()) or m.span()
    after = view[m.end() : sentence[1]]
    year = meetings.page_year(facts) or 2000
    if dates.find_dates(after) or dates.find_partial_dates(after, year) or meetings.held_verb(after):
        return True
    return bool(_PART_CUE.search(view, sentence[0], m.start()))


def _named_already(facts: DocumentFacts, m: re.Match, taken: list[tuple[int, int]]) -> str | None:
    """The event a part's words name already ("" when they lie in another name): an event whose
    name the words open, or, for a bare noun, the one event whose name opens with that noun."""
    start, end = m.start("noun"), m.end()
    noun = fold(m.group("noun"))
    opened = [i for i, (s, _) in facts.first_span.items() if s == start and facts.entities[i].kind == "Event"]
    if opened:
        return opened[0]
    if any(s < end and start < e for s, e in taken):
        return ""
    if m.group("title"):
        return None
    same = [i for i, e in facts.entities.items() if e.kind == "Event" and fold(e.name).startswith(noun)]
    if len(same) == 1:
        facts.entity("Event", same[0], facts.entities[same[0]].name, (start, end))
        return same[0]
    return None


def _celebrations(facts: DocumentFacts, taken: list[tuple[int, int]]) -> list[str]:
    """ "the 50th Anniversary Celebrations of the twinning", "les festivités du 60e anniversaire": Events."""
    view, found = facts.view, []
    for m in _CELEBRATION.finditer(view):
        start = m.start("noun")
        if any(s < m.end() and start < e for s, e in taken):
            continue
        end = trim(
            view,
            start,
            _tail(view, m.end() + 1, min(len(view), m.end() + 80), True)
            if view[m.end() : m.end() + 1] == " "
            else m.end(),
        )[1]
        end = max(end, m.end())
        name = clean(view[start:end])
        event_id = next(
            (i for i in found if fold(facts.entities[i].name) == fold(name)), make_event_id(name, keep_article=True)
        )
        facts.entity("Event", event_id, name[:1].upper() + name[1:], (start, end), [], {})
        taken.append((start, end))
        if event_id not in found:
            found.append(event_id)
    for event_id in found:
        _held_date(facts, event_id, *facts.first_span[event_id])
    return found


def _cued_parent(facts: DocumentFacts, sentence_start: int, at: int, own: str) -> tuple[bool, str | None]:
    """Whether a part-of cue stands before ``at`` in the sentence, and the event it refers to by a word
    of its name (None when no event of the page has that word: the part belongs to no event read)."""
    cue = None
    for m in _PART_CUE.finditer(facts.view, sentence_start, at):
        cue = m
    if cue is None or not facts.view[cue.end() : at].strip():
        return False, None  # "lors de la table ronde": the cue introduces the part itself, no parent (x-events)
    word = fold(cue.group("ref"))
    named = [
        i for i, e in facts.entities.items()
        if e.kind == "Event" and i != own and any(re.search(rf"\b{re.escape(word)}", fold(f)) for f in (e.name, *e.aliases))
    ]  # fmt: skip
    return True, min(named, key=lambda i: facts.first_span.get(i, (len(facts.view),))[0]) if named else None


def _date(facts: DocumentFacts, event_id: str, parent: str | None, start: int, end: int, sentence_end: int) -> None:
    """The first date after the part in its sentence, else the day heading above it."""
    view = facts.view
    text = view[end:sentence_end]
    year = _year(facts, parent)
    found = dates.find_dates(text) or (dates.find_partial_dates(text, year) if year else [])
    day = found[0] if found else _day_above(facts, start)
    if day and not facts.entities[event_id].props.get("start"):
        facts.entities[event_id].props.update(start=day.first.isoformat(), end=day.last.isoformat())


def _year(facts: DocumentFacts, parent: str | None) -> int | None:
    start = facts.entities[parent].props.get("start") if parent else None
    return int(start[:4]) if start and start[:4].isdigit() else meetings.page_year(facts)


def _day_above(facts: DocumentFacts, at: int) -> dates.DateSpan | None:
    """ "Jeudi 23 octobre 2025" on a line of its own above the part: the day it is on."""
    index = facts.context.line_index(at)
    for line in reversed(facts.context.lines[max(0, index - 8) : index]):
        found = dates.find_dates(line.text)
        if len(found) == 1 and found[0].first == found[0].last:
            rest = line.text[: found[0].start] + line.text[found[0].end :]
            if not _NOT_DATE_WORD.sub("", rest):  # the date alone, maybe its weekday
                return found[0]
    return None


def _place(facts: DocumentFacts, event_id: str, parent: str | None, end: int, sentence_end: int) -> None:
    """The city the sentence names after the part, else its parent's when it is held at a venue."""
    view = facts.view
    window = (end, min(sentence_end, end + 120))
    venue = _VENUE.search(view, *window)
    of = venue and (
        _VENUE_OF.match(view, venue.end(), window[1]) or _CITY_BEFORE.search(view, window[0], venue.start())
    )
    placed = of or _IN_CITY.search(view, *window)
    city = placed and add_city(facts, placed.span("city"), min_score=0.7)
    if city:
        facts.relate("HELD_IN", event_id, city, trim(view, end, placed.end()))
    elif venue and parent:
        facts.at_venue[event_id] = (parent, (venue.start(), venue.end()))


def venue_cities(facts: DocumentFacts) -> None:
    """A part held at a venue ("à l'hôtel de ville") with no city of its own is held in its parent's
    city (run once every rule has placed the events)."""
    held = {r.source: r.target for r in facts.relations.values() if r.type == "HELD_IN"}
    for event_id, (parent, venue) in facts.at_venue.items():
        if event_id not in held and parent in held:
            facts.relate("HELD_IN", event_id, held[parent], trim(facts.view, *venue))


_PARTIAL_REACH = 25  # characters between a held verb and a day it gives without a year ("on Tuesday", "from")


def _held_date(facts: DocumentFacts, event_id: str, start: int, end: int) -> None:
    """ "the Festival, which will take place from 20 to 22 June 2025": the date of the held clause."""
    view = facts.view
    event = facts.entities[event_id]
    if event.props.get("start"):
        return
    verb = _HELD_DATE.match(view, end)
    if not verb:
        return
    sentence = facts.context.sentence_at(start) or (start, end)
    clause_end = min([i for i in (view.find(";", verb.end(), sentence[1]),) if i >= 0] or [sentence[1]])
    clause = view[verb.end() : clause_end]
    found = dates.find_dates(clause)
    year = None if found else meetings.page_year(facts)
    if year:  # "the Forum, held on 12 May,": a day without a year, right after the verb, in the page's year (x-dates2)
        found = [d for d in dates.find_partial_dates(clause, year) if d.start <= _PARTIAL_REACH][:1]
    if found:
        event.props.update(start=found[0].first.isoformat(), end=found[0].last.isoformat())


def held_dates(facts: DocumentFacts) -> None:
    """Every undated event of the page named with a held verb and a date right after it."""
    for event_id, start, end in event_mentions(facts):
        _held_date(facts, event_id, start, end)


_PROSE_LINE = 100  # characters: a line of running text, not a heading or a programme's line


def attendance_in_parts(facts: DocumentFacts, main_id: str | None) -> None:
    """ "The workshop on district heating was moderated by A. B explained ...": the people a paragraph
    says took part, after it names a part of the page's event, attend that part, not the whole event
    (from the part's sentence to the next part named, or the paragraph's end). (x-events)"""
    if not main_id:
        return
    view = facts.view
    parts = sorted(
        (facts.first_span[r.source][0], r.source)
        for r in facts.relations.values()
        if r.type == "PART_OF" and r.target == main_id and r.source in facts.first_span
    )
    _attendance_in_sentences(facts, main_id, parts)
    for index, (at, part) in enumerate(parts):
        paragraph_start = view.rfind("\n\n", 0, at) + 1
        paragraph_end = view.find("\n\n", at)
        stop = paragraph_end if paragraph_end >= 0 else len(view)
        if index + 1 < len(parts):
            stop = min(stop, parts[index + 1][0])
        line = facts.context.line_at(at)
        if len(line.text.strip()) < _PROSE_LINE:  # a heading's line or a programme's: its own rules read it
            continue
        sentence = facts.context.sentence_at(at) or (at, at)
        move_attendance(
            facts, main_id, part, (max(paragraph_start, sentence[0]), stop), _read_for_parts(facts, main_id)
        )


def _read_for_parts(facts: DocumentFacts, main_id: str) -> set[tuple[tuple[int, int] | None, str]]:
    """The sentences a rule already read attendance of a part from, with the part: it knew who attends it
    ("The closing session featured remarks by A, representing B": A, not B)."""
    context = facts.context
    return {
        (context.sentence_at(p.start), r.target)
        for r in facts.relations.values()
        if r.type == "ATTENDED" and r.target != main_id
        for p in r.provenance
        if p.start is not None
    }


def move_attendance(
    facts: DocumentFacts, main_id: str, part: str, span: tuple[int, int], read: set | frozenset = frozenset()
) -> None:
    """Attendance of the page's event read only in ``span`` (text offsets) moved to ``part``, but for
    sentences ``read`` for it (pairs of sentence and part)."""
    context = facts.context
    for key, relation in list(facts.relations.items()):
        if relation.type != "ATTENDED" or relation.target != main_id:
            continue
        starts = [p.start for p in relation.provenance if p.start is not None]
        if not starts or not all(span[0] <= at < span[1] for at in starts):
            continue
        if read and any((context.sentence_at(at), part) in read for at in starts):
            continue
        del facts.relations[key]
        for p in relation.provenance:
            facts.relate("ATTENDED", relation.source, part, (p.start, p.end), **relation.props)


def _attendance_in_sentences(facts: DocumentFacts, main_id: str, parts: list[tuple[int, str]]) -> None:
    """'"We cannot wait," said A at the side event "Blue jobs"': a person whose attendance is read
    from a sentence that names one part of the event attends that part."""
    context = facts.context
    by_sentence: dict[tuple[int, int], list[str]] = {}
    for at, part in parts:
        sentence = context.sentence_at(at)
        if sentence:
            by_sentence.setdefault(sentence, []).append(part)
    targets = {main_id, *(part for _, part in parts)}
    read = _read_for_parts(facts, main_id)
    for key, relation in list(facts.relations.items()):
        if relation.type != "ATTENDED" or relation.target not in targets:
            continue
        sentences = {context.sentence_at(p.start) for p in relation.provenance if p.start is not None}
        named = by_sentence.get(next(iter(sentences)), []) if len(sentences) == 1 else []
        if len(named) != 1 or named[0] == relation.target or (next(iter(sentences)), named[0]) in read:
            continue
        del facts.relations[key]
        for p in relation.provenance:
            facts.relate("ATTENDED", relation.source, named[0], (p.start, p.end), **relation.props)
