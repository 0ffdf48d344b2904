"""One event named twice on a page (x-where): "Taller «Gestión local del riesgo»" and, in the next
sentence, "Gestión local del riesgo" are one event; the quoted title inside the full name is its
short form. The full name keeps every fact read under the short one."""

from __future__ import annotations

import re

from munigraph.graph.resolution import orgs
from munigraph.graph.text import fold, slug
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts, make_event_id
from munigraph.loaders.documents.events import merge_event

# «Title», “Title”, "Title", ‘Title’ inside an event's name
_QUOTED = re.compile(r"[«“\"‘]\s*(?P<title>[^«»“”\"‘’]{4,120}?)\s*[»”\"’]")


def quoted_titles(facts: DocumentFacts) -> None:
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
