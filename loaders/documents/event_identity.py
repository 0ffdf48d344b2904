"""Which events a page names, decided once after the event mentions are read (x-where, x-events2).

- One event named twice is one event: "Taller «Gestión local del riesgo»" and "Gestión local del
  riesgo" (the quoted title inside the full name), "the Summit" and the page's one "Summit of X"
  (the head word alone).
- An event named in passing is another edition, not the page's event: "la prochaine édition des
  Assises", "the 3rd Forum, held in Cork in 2017" (:func:`in_passing`); the page's main event is
  never chosen among them, and a short form after such a cue stays its own event.

Every merge keeps the facts read under either name (:func:`merge_event`).
"""

from __future__ import annotations

import re

from munigraph.graph.resolution import orgs
from munigraph.graph.text import fold, slug
from munigraph.loaders.documents import lexicon, meetings
from munigraph.loaders.documents.builder import DocumentFacts, make_event_id
from munigraph.loaders.documents.prose import event_mentions

# «Title», “Title”, "Title", ‘Title’ inside an event's name
_QUOTED = re.compile(r"[«“\"‘]\s*(?P<title>[^«»“”\"‘’]{4,120}?)\s*[»”\"’]")
# "la prochaine édition des", "the next": a cue for another edition, shortly before the event's name
_OTHER_EDITION = {
    code: re.compile(r"(?<![\w-])" + lexicon.words_re("other_edition_words", code) + r"(?![\w-])[^.\n]{0,25}$", re.I)
    for code in ("en", "fr", "es")
}
# "the third", "la 7.ª", "le 3e", "the 12th": an edition's rank right before the event's name
_EDITION_RANK = {
    code: re.compile(
        r"(?<![\w-])(?:" + lexicon.words_re("ordinals", code) + r"|\d{1,3}\s?(?:st|nd|rd|th|e|er|re|ème|ᵉ|\.?ª|\.?º|°))"
        r"(?![\w-])[ \t]*$",
        re.I,
    )
    for code in ("en", "fr", "es")
}
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def in_passing(facts: DocumentFacts, span: tuple[int, int], ranked: bool = True) -> bool:
    """Whether the event named at ``span`` is another edition mentioned in passing: an other-edition
    cue before it ("next", "prochaine", "pasada"), or a rank before it ("the third Forum") in a
    sentence that dates it to years other than the page's ("in 2017" on a page about 2025); not
    ``ranked``: such a sentence alone ('the side event "X" ... at HLPF 2024')."""
    view, language = facts.view, facts.language
    lead = span[0] + _first_word(view, span)  # the cue or the rank may open the name itself
    other = _OTHER_EDITION.get(language)
    if other and other.search(view, max(0, span[0] - 40), lead):
        return True
    rank = _EDITION_RANK.get(language)
    if ranked and (not rank or not rank.search(view, max(0, span[0] - 12), lead)):
        return False
    sentence = facts.context.sentence_at(span[0]) if facts.context else None
    years = {int(y) for y in _YEAR.findall(view, *(sentence or span))}
    page = meetings.page_year(facts)
    return bool(years) and page is not None and page not in years


def event_at(facts: DocumentFacts, at: int, main_id: str | None) -> str | None:
    """The event a mention at ``at`` belongs to: the last event named before it in its sentence (not
    another edition in passing), else the event whose heading line is the nearest above it (a session
    heading over its paragraphs), else the page's event ``main_id``. The one answer the relation steps
    ask for, so that several events on one page keep their own attendees, organisers and places."""
    sentence = facts.context.sentence_at(at) if facts.context else None
    named = [
        (start, event_id)
        for event_id, start, end in event_mentions(facts)
        if sentence and sentence[0] <= start and end <= at and not in_passing(facts, (start, end))
    ]
    if named:
        return max(named)[1]
    above = [(start, event_id) for start, event_id in _headings(facts) if start <= at]
    return max(above)[1] if above else main_id


def _headings(facts: DocumentFacts) -> list[tuple[int, str]]:
    """(start, event id) of each event named alone on its line: a title or a heading over what follows."""
    found = []
    for event_id, event in facts.entities.items():
        span = facts.first_span.get(event_id)
        if event.kind != "Event" or span is None or facts.context is None:
            continue
        line = facts.context.line_at(span[0])
        if len(line.stripped) <= (span[1] - span[0]) + _HEADING_SLACK:
            found.append((line.start, event_id))
    return found


_HEADING_SLACK = 12  # "Panel 2: ", "### ", "Day 1 —": the little a heading holds beside the event's name


def _first_word(view: str, span: tuple[int, int]) -> int:
    """The length of the name's first word ("tercera Conferencia", "próxima sesión": a rank or a cue)."""
    first = re.match(r"\S+", view[span[0] : span[1]])
    return first.end() if first else 0


def identify(facts: DocumentFacts) -> None:
    """Join the events named twice on the page (quoted titles, then short forms)."""
    _quoted_titles(facts)
    _short_forms(facts)


def _quoted_titles(facts: DocumentFacts) -> None:
    """Merge each event named by the quoted title of another event's name into that event."""
    events = [i for i, e in facts.entities.items() if e.kind == "Event"]
    by_name: dict[str, list[str]] = {}
    for event_id in events:
        by_name.setdefault(_key(facts.entities[event_id].name), []).append(event_id)
    for full in events:
        entity = facts.entities.get(full)
        m = _QUOTED.search(entity.name) if entity else None
        if m is None or m.start() == 0:
            continue  # no title, or the name is the title alone: nothing longer to keep
        for short in by_name.get(_key(m["title"]), []):
            if short != full and short in facts.entities and full in facts.entities:
                merge_event(facts, short, full)


def _key(name: str) -> str:
    return fold(orgs.strip_article(name.strip(' «»“”"‘’')))


def _short_forms(facts: DocumentFacts) -> None:
    """ "the Assises", "the Summit adopted": an event read under its head word alone is the one
    event of the page whose full name opens with that word ("Assises de la coopération
    décentralisée"); not another edition ("la prochaine édition des Assises")."""
    events = [i for i, e in facts.entities.items() if e.kind == "Event"]
    heads = {i: _head_word(facts.entities[i].name) for i in events}
    for short in events:
        head, rest = heads[short]
        if head is None or rest or short not in facts.entities:
            continue
        full = [i for i in events if i != short and i in facts.entities and heads[i][0] == head and heads[i][1]]
        span = facts.first_span.get(short)
        if len(full) != 1 or span is None or in_passing(facts, span):
            continue
        merge_event(facts, short, full[0])


def _head_word(name: str) -> tuple[str | None, bool]:
    """(the folded head word of an event's name, whether capitalised words or numbers follow it):
    "Summit adopted" -> ("summit", False), "Summit of Coastal Mayors" -> ("summit", True)."""
    words = orgs.strip_article(name).split()
    if not words or not words[0][:1].isupper():
        return None, False
    return fold(words[0]), any(w[:1].isupper() or w[:1].isdigit() for w in words[1:])


def merge_event(facts: DocumentFacts, old: str, new: str) -> None:
    """Every fact about the event ``old`` re-pointed to ``new``; ``old`` dropped."""
    entity = facts.forget(old)
    if entity is None:
        return
    kept = facts.entities[new]
    for name, value in entity.props.items():
        kept.props.setdefault(name, value)
    for key, relation in list(facts.relations.items()):
        if old not in (relation.source, relation.target):
            continue
        del facts.relations[key]
        relation.source = new if relation.source == old else relation.source
        relation.target = new if relation.target == old else relation.target
        if relation.source != relation.target:
            facts.relations.setdefault((relation.type, relation.source, relation.target), relation)


def lone_parts(facts: DocumentFacts) -> None:
    """An opening or a closing named alone ("Apertura", "Opening session", "Séance de clôture": lang/*.yaml
    ``event_parts``) and part of no event the page names: its id carries its day, else the page, so that
    the openings of two pages are two events."""
    parts = re.compile(r"(?i:" + lexicon.words_re("event_parts", facts.language) + r")")
    parents = {r.source for r in facts.relations.values() if r.type == "PART_OF"}
    for event_id, event in list(facts.entities.items()):
        if event.kind != "Event" or event_id in parents or event_id != make_event_id(event.name):
            continue
        if not parts.fullmatch(orgs.strip_article(event.name).strip(" :.")):
            continue
        day = (event.props.get("start") or "")[:10] or slug(facts.doc_id.split(":")[-1])[:8]
        own = make_event_id(event.name, day)
        if own in facts.entities:
            continue
        facts.entity(
            "Event", own, event.name, facts.first_span[event_id], [], dict(event.props), surface_is_alias=False
        )
        facts.entities[own].aliases.extend(a for a in event.aliases if a not in facts.entities[own].aliases)
        merge_event(facts, event_id, own)
