"""An event named after the kind of body that holds it, the body's own name following: "le troisième
Congrès mondial de l'association d'élus locaux et régionaux Cités et Gouvernements Locaux Unis",
"the annual forum of the network of port cities MedCities".

A host named in an event's sentence after it ("The Assembly was held in Ruse on 3 May, at the invitation of
the Municipality of Ruse", "à l'invitation de la Ville de Dakar", "con la ciudad de Madrid como anfitriona")
organises the event as its host (``host_cues``, ``host_around``); a host city is also where it is held.

When an event's name ends with "of the association / network / federation ..." (``own_org_nouns``)
and a body is named right after it (lowercase words only between), that body organises the event.
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import event_identity, lexicon, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.prose import event_mentions, list_bodies
from munigraph.loaders.documents.resolve import add_org

_OF_KIND = re.compile(
    r"\s(?:de l['’]|de la|du|des|of the|of|del|de la)\s*" + lexicon.words_re("own_org_nouns") + r"\b", re.I
)
_LOWER_GAP = re.compile(r"[ \t]*(?:[a-zà-ÿ'’-]+[ \t]*){0,6}")


def described_owners(facts: DocumentFacts) -> None:
    """The body named right after "<event> de l'association ..." organises the event."""
    view = facts.view
    if not any(e.kind == "Event" and _OF_KIND.search(f" {e.name}") for e in facts.entities.values()):
        return  # no event named after the kind of body that holds it
    starts = {s: e for s, e in sorted(facts.org_spans)}  # the longest name that starts there
    for event_id, start, end in event_mentions(facts):
        kind = _OF_KIND.search(view, start, end)
        if not kind:
            continue
        # the body's name follows the kind, inside the event's name or right after it, lowercase words between
        at = next(
            (s for s in sorted(starts) if kind.end() <= s <= end + 60 and _LOWER_GAP.fullmatch(view, kind.end(), s)),
            None,
        )
        if at is None:
            continue
        body_end = starts[at]
        body = add_org(facts, (at, body_end))
        if facts.entities[body].kind in ("Organisation", "Section"):
            facts.relate("ORGANISED_BY", event_id, body, trim(view, start, body_end), role="organiser")


_HOST_CUE = re.compile(r"(?<![\w-])" + lexicon.words_re("host_cues") + r"[ \t]*:?[ \t]*", re.I)
# "The webinar, hosted online by the City of X": a host of an online meeting is no place of it
_ONLINE = re.compile("|".join(lexicon.table("event_formats").get("online", ())) or "(?!)", re.I)
_CO_CUE = re.compile(r"(?<![\w-])" + lexicon.words_re("co_organiser_cues") + r"[ \t]*:?[ \t]*", re.I)
_HOST_AROUND = re.compile(
    r"(?<![\w-])" + lexicon.alternation(lexicon.table("host_around")["before"]) + r"[ \t]+(?P<host>[^.;:\n]{3,80}?)"
    r"[ \t]+" + lexicon.alternation(lexicon.table("host_around")["after"]) + r"(?![\w-])",
    re.I,
)


# "The meeting will be hosted by ...": a sentence that opens with a bare meeting noun is about the page's event
_BARE_MEETING = re.compile(
    r"[ \t]*(?:the|this|la|le|l['’]|cette|el|esta|este)[ \t]*" + lexicon.words_re("meeting_heads") + r"(?![\w-])", re.I
)


def hosts(facts: DocumentFacts, main_id: str | None) -> None:
    """The bodies a host (or co-organiser) cue names organise the last event named before the cue in its
    sentence (or the page's event, when a bare "the meeting" opens the sentence); a host city is
    where the event is held, when nothing else says where."""
    view = facts.view
    found = [(m.start(), m.end(), None, "host") for m in _HOST_CUE.finditer(view)]
    found += [(m.start(), m.start("host"), m.end("host"), "host") for m in _HOST_AROUND.finditer(view)]
    found += [(m.start(), m.end(), None, "co-organiser") for m in _CO_CUE.finditer(view)]
    if not found:
        return
    mentions = event_mentions(facts) + [
        (i, *facts.first_span[i]) for i, e in facts.entities.items() if e.kind == "Event" and i in facts.first_span
    ]
    for cue_start, start, end, role in found:
        sentence = facts.context.sentence_at(cue_start)
        # the event named before the cue in its sentence, on its line ("- 5 June: Congress, hosted by ...")
        before = [
            m
            for m in mentions
            if sentence and sentence[0] <= m[1] and m[2] <= cue_start and "\n" not in view[m[2] : cue_start]
        ]
        bare = sentence and _BARE_MEETING.match(view, sentence[0], cue_start)
        owner = (
            bare and main_id and event_identity.event_at(facts, sentence[0], main_id)
        )  # a heading's event, else the page's
        if owner:
            before.append((owner, bare.start(), bare.end()))
        if not before:
            continue
        event_id, event_start, _ = max(before, key=lambda m: m[1])
        quote = trim(view, event_start, end or sentence[1])
        # "à l'invitation du maire de Porto": the mayor's city hosts, but is no place stated
        by_office = roles.OFFICE_WORD.search(view, start, end or min(len(view), start + 40))
        for body in list_bodies(facts, start, end):
            facts.relate("ORGANISED_BY", event_id, body, quote, role=role)
            placed = any(r.type == "HELD_IN" and r.source == event_id for r in facts.relations.values())
            online = _ONLINE.search(view, *sentence) or "online" in facts.entities[event_id].props.get("format", "")
            if role == "host" and facts.entities[body].kind == "City" and not placed and not by_office and not online:
                facts.relate("HELD_IN", event_id, body, quote)
