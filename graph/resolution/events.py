"""One node per meeting: events from several sources that describe the same meeting.

Two events are the same meeting when they start on the same day and their names share most
of their words (words of the calendar, numbers and small words aside), or, for events
without a date, when one name's words are all in the other's and a place or an organiser
they name agrees. A series and its dated sessions are not the same event: a dated event
never joins an undated one on its name alone.

>>> same_meeting(("Dialogues municipaux de CGLU pour la paix, 1 avril 2022",), "2022-04-01T14:30:00+02:00",
...              ("Dialogues municipaux de CGLU pour la paix",), "2022-04-01")
True
>>> same_meeting(("UCLG Peace Talks",), "2022-04-01", ("UCLG Peace Talks",), "2022-05-01")
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from munigraph.graph.facts import Entity, merge_record
from munigraph.graph.store import Store
from munigraph.graph.text import fold

# words that say nothing about which meeting it is (en, fr, es), and calendar words
_SMALL = set(
    [
        "a",
        "an",
        "and",
        "at",
        "by",
        "de",
        "del",
        "des",
        "di",
        "du",
        "el",
        "en",
        "et",
        "for",
        "in",
        "la",
        "las",
        "le",
        "les",
        "los",
        "of",
        "on",
        "para",
        "pour",
        "the",
        "to",
        "y",
        "e",
        "au",
        "aux",
        "à",
        "a",
        "l",
        "d",
    ]
)
_CALENDAR = set(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "edition",
        "edicion",
    ]
)
NAME_OVERLAP = 0.6  # share of the shorter name's words found in the other


def words(name: str) -> set[str]:
    """The words of an event's name that tell it apart."""
    return {w for w in fold(name).split() if w not in _SMALL and w not in _CALENDAR and not re.fullmatch(r"\d+\w*", w)}


def _overlap(names_a: Iterable[str], names_b: Iterable[str]) -> float:
    best = 0.0
    for a in names_a:
        for b in names_b:
            wa, wb = words(a), words(b)
            if wa and wb:
                best = max(best, len(wa & wb) / min(len(wa), len(wb)))
    return best


def same_meeting(names_a: Sequence[str], start_a: str | None, names_b: Sequence[str], start_b: str | None) -> bool:
    """Whether two events (their names and starts) are one meeting (see the module)."""
    day_a, day_b = (start_a or "")[:10], (start_b or "")[:10]
    if day_a and day_b:
        return day_a == day_b and _overlap(names_a, names_b) >= NAME_OVERLAP
    if day_a or day_b:
        return False
    return _overlap(names_a, names_b) >= 1.0


# The events of the graph, as :func:`match_events` compares them
EVENTS = "MATCH (n:Event) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.start AS start"


def match_events(
    store: Store, entities: Iterable[Entity], source: str, rows: list[dict[str, Any]] | None = None
) -> dict[str, str]:
    """Event ids of ``entities`` that name a meeting already in the graph -> that node's id.

    The merge is recorded on the entity (rule ``event:same-meeting``); the caller re-ids it.
    ``rows``: those of :data:`EVENTS`, when the caller read them already (in a transaction of its own).
    """
    events = [e for e in entities if e.kind == "Event"]
    if not events:
        return {}
    if rows is None:
        rows = store.read(EVENTS)
    known = {row["id"] for row in rows}
    renames: dict[str, str] = {}
    for entity in events:
        if entity.id in known:
            continue
        names = entity.surface_forms()
        start = entity.props.get("start")
        found = [r["id"] for r in rows if same_meeting(names, start, [r["name"], *(r["aliases"] or [])], r["start"])]
        if len(found) != 1:
            continue  # none, or several: no guess
        record = merge_record("event:same-meeting", 0.9, entity.name, source, was=entity.id)
        entity.props["merges"] = [*(entity.props.get("merges") or []), record]
        renames[entity.id] = found[0]
    return renames
