"""Newspapers are no events (x-where): a press review's items open with the paper's name and the day
it came out ("▌Presse Océan — lundi 6 octobre 2025", "The Kampala Monitor – 3 May 2025"), and the text
under them says "the paper" ("Le quotidien revient sur ...", "El diario informa"). Such a line names a
publication and its date, not a meeting held that day: the event read from it goes, with what was
pinned on it. Word classes: lang/*.yaml "media_nouns" (the nouns a review calls a paper by) and
"event_nouns" (a name that holds one is an event, whatever follows)."""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts

_REACH = 2  # non-empty lines below the item's line (its headline, its summary) where the paper is called by its noun


def publication_items(facts: DocumentFacts) -> None:
    """Drop each event named by a line that a media noun takes up right below it."""
    media = lexicon.word_class("media_nouns", "'’-", facts.language)
    event_noun = re.compile(r"(?<![\w'’-])(?i:" + lexicon.words_re("event_nouns", facts.language) + r")", re.I)
    for event_id, event in list(facts.entities.items()):
        if event.kind != "Event" or event_id not in facts.first_span or event_noun.search(event.name):
            continue
        line = facts.context.line_at(facts.first_span[event_id][0])
        if line is None or not re.search(r"\s[—–-]\s", line.text):
            continue  # an item's line: the paper's name, a dash, the day
        below = " ".join(ln.text for ln in _lines_below(facts, line.end))
        if not media.search(below):
            continue
        facts.forget(event_id)
        for key, relation in list(facts.relations.items()):
            if event_id in (relation.source, relation.target):
                del facts.relations[key]


def _lines_below(facts: DocumentFacts, end: int) -> list:
    """The ``_REACH`` non-empty lines after the line ending at ``end``."""
    index = facts.context.line_index(end) + 1
    found = []
    for line in facts.context.lines[index:]:
        if line.stripped:
            found.append(line)
            if len(found) == _REACH:
                break
    return found
