"""An event named after the kind of body that holds it, the body's own name following: "le troisième
Congrès mondial de l'association d'élus locaux et régionaux Cités et Gouvernements Locaux Unis",
"the annual forum of the network of port cities MedCities".

When an event's name ends with "of the association / network / federation ..." (``own_org_nouns``)
and a body is named right after it (lowercase words only between), that body organises the event.
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.prose import event_mentions
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
