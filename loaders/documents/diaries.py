"""Engagement diaries (x-dates2): a page that lists one office holder's engagements day by day ("THE LORD
MAYOR'S DIARY", "Agenda du maire", "Agenda de la alcaldesa"). Day headings are written without a year
("Monday 9 June", "Lundi 3 juin", "Lunes 3 de junio") and take the page's; each timed entry under one is an
event dated by it, attended by the diary's owner (the office holder the page names before its first day, "the
Lord Mayor" in the entries), tentatively when the entry is marked to be confirmed ("*", "TBC", "à confirmer");
people named in the entry attend it too. Word classes: lang/*.yaml "diary_titles", "diary_all_day",
"diary_roles", "diary_deputised", "tentative"."""

from __future__ import annotations

import datetime as dt
import re

from munigraph.graph.text import slug
from munigraph.loaders.documents import dates, lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import Line, trim

_TITLE_REACH = 6  # non-empty lines from the top where a diary's title stands
_HEADING_MAX = 40  # characters of a day heading
_TITLE = re.compile(r"(?<![\w-])(?:" + lexicon.words_re("diary_titles") + r")(?![\w-])", re.I)
_DAY_LEAD = re.compile(r"[\s#*>_|-]*(?:" + dates.WEEKDAY + r")?[\s,.]*", re.I)
_HEADING_TAIL = re.compile(r"[\s#*_:.|-]*")
# "11.00", "9h30", "18:30 – 20:00", "All day", then "*" (to be confirmed) and a separator before the entry's text
_ENTRY = re.compile(
    r"[\s>*•·-]*(?:(?P<h>[0-2]?\d)[ \t]*[.:hH][ \t]*(?P<m>[0-5]\d)?(?:[ \t]*[-–—][ \t]*[0-2]?\d(?:[ \t]*[.:hH][ \t]*[0-5]?\d?)?)?"
    r"|(?P<allday>" + lexicon.words_re("diary_all_day") + r"))[ \t]*(?P<star>\*)?[ \t]*[:|·–—-]?[ \t]*(?=[^\W\d_])",
    re.I,
)
_NOT_EVENT = re.compile(r"(?:" + lexicon.words_re("diary_not_events") + r")(?![\w-])", re.I)
_TENTATIVE = re.compile(r"(?<![\w-])(?:" + lexicon.words_re("tentative") + r")(?![\w-])", re.I)
_DEPUTISED = re.compile(lexicon.words_re("diary_deputised"), re.I)
_ROLES = [(role, re.compile(r"(?<![\w-])(?:" + lexicon.alternation(cues) + r")", re.I))
          for role, cues in lexicon.table("diary_roles").items() if cues]  # fmt: skip
# Where an entry's title ends: a comma, a full stop, a bracket, a dash between spaces, a colon
_TITLE_END = re.compile(r"[,.;(]|[ \t][–—-][ \t]|:[ \t]")
# What joins a role's words to the event they are given at ("keynote address at the", "discours au", "en el")
_AFTER_CUE = re.compile(
    r"[\w'’ \t]{0,20}?[ \t]+(?:at|to|for|of|à|au|aux|lors|de|du|des|en|a|al|del|durante)"
    r"(?:[ \t]+(?:the|la|le|les|l['’]|el|los|las))?[ \t]*|[\s,:]*"
)


def diary_entries(facts: DocumentFacts) -> None:
    """Each timed entry of an engagement diary: an event dated by the day heading above it, attended by the
    diary's owner and by the people named in the entry."""
    all_lines = facts.context.lines
    if not any(_TITLE.search(ln.text) for ln in [ln for ln in all_lines if ln.stripped][:_TITLE_REACH]):
        return
    year, month = _page_year(facts.view)
    day: dt.date | None = None
    owner: str | None = None
    for line in all_lines:
        heading = _day_heading(line, year, month) if year else None
        if heading:
            day = heading
            owner = owner or _owner(facts, line.start)
            continue
        entry = _ENTRY.match(line.text) if day else None
        if entry:
            _entry(facts, line, entry, day, owner)


def _page_year(view: str) -> tuple[int | None, int]:
    """The year (and month) of the page's first full date ("Week commencing Monday 9 June 2025")."""
    found = dates.find_dates(view[:3000])
    return (found[0].first.year, found[0].first.month) if found else (None, 1)


def _day_heading(line: Line, year: int, page_month: int) -> dt.date | None:
    """ "MONDAY 9 JUNE", "Lundi 3 juin", "Lunes 3 de junio" alone on a line: its day, in the page's year
    (the next year's when its month lies more than half a year before the page's: a diary over New Year)."""
    text = line.text
    if len(line.stripped) > _HEADING_MAX or not line.stripped:
        return None
    lead = _DAY_LEAD.match(text).end()
    found = dates.find_dates(text) or dates.find_partial_dates(text, year)
    if len(found) != 1 or found[0].start > lead or found[0].first != found[0].last:
        return None
    if not _HEADING_TAIL.fullmatch(text, found[0].end):
        return None
    first = found[0].first
    if first.year == year and first.month + 6 < page_month:
        first = first.replace(year=year + 1)
    return first


def _owner(facts: DocumentFacts, before: int) -> str | None:
    """The diary's owner: the first office holder the page names before its first day heading."""
    holders = {r.source for r in facts.relations.values() if r.type == "HOLDS_OFFICE"}
    named = sorted(
        (facts.first_span[p][0], p) for p in holders if p in facts.first_span and facts.first_span[p][0] < before
    )
    return named[0][1] if named else None


def _entry(facts: DocumentFacts, line: Line, entry: re.Match, day: dt.date, owner: str | None) -> None:
    view = facts.view
    s, e = trim(view, line.start + entry.end(), line.end)
    if e <= s:
        return
    clock = dt.time(int(entry["h"]) % 24, int(entry["m"] or 0)) if entry["h"] else None
    event_id = _entry_event(facts, s, e, day, clock)
    if event_id is None:
        return
    marked = "*" in facts.text[line.start + entry.start() : line.start + entry.end()].lstrip(
        " \t*"
    )  # the view masks it
    status = "tentative" if marked or _TENTATIVE.search(view, s, e) else "confirmed"
    quote = trim(view, line.start, line.end)
    if owner and owner in facts.entities and not _DEPUTISED.search(view, s, e):
        role = next((role for role, cue in _ROLES if cue.search(view, s, e)), "participant")
        facts.relate("ATTENDED", owner, event_id, quote, role=role, status=status)
    for person in _people_in(facts, s, e):
        if person != owner and not any(r.type == "ATTENDED" and r.source == person and r.target == event_id
                                       for r in facts.relations.values()):  # fmt: skip
            facts.relate("ATTENDED", person, event_id, quote, role="participant", status=status)


def _entry_event(facts: DocumentFacts, s: int, e: int, day: dt.date, clock: dt.time | None) -> str | None:
    """The event an entry names: one read already inside its title, else its title (the words before the first
    comma or dash). A speaker's words open the title without naming the event ("Keynote address at the X Forum",
    "Opening remarks, COSLA conference": the event follows them); a body's name before a dash names its meeting
    ("Alliance — board meeting"); a town before a colon says where it is ("Turin: keynote address at ...")."""
    view = facts.view
    entry_start, end = s, _title_end(facts, s, e)
    place = _named(facts, s, end, ("City",)) if view.startswith(":", end) else None
    if place:
        s = trim(view, end + 1, e)[0]
        end = _title_end(facts, s, e)
    cue = next((m for role, pattern in _ROLES if role == "speaker" and (m := pattern.match(view, s, end))), None)
    title_start = s
    if cue:
        title_start = _AFTER_CUE.match(view, cue.end(), end).end()
        if end - title_start < 4:  # "Opening remarks, COSLA conference": the title is the next segment
            following = _TITLE_END.search(view, end, e)
            title_start = following.end() if following else end
            end = _title_end(facts, title_start, e)
    known = _known_event(facts, title_start, end) or (None if cue else _known_event(facts, s, end))
    props = {"start": dates.iso(day, clock), "end": dates.iso(day, clock)}
    if known:
        for key, value in props.items():
            facts.entities[known].props.setdefault(key, value)
    event_id = known or _new_event(facts, title_start, end, day, props)
    if event_id and place:
        facts.relate("HELD_IN", event_id, place, trim(view, entry_start, end))
    return event_id


def _new_event(facts: DocumentFacts, start: int, end: int, day: dt.date, props: dict[str, str]) -> str | None:
    """An entry's title as an event of its own (a title of one word, or a journey, names none)."""
    start, end = trim(facts.view, start, end)
    title = facts.surface(start, end)
    if len(re.findall(r"[^\W\d_]{3,}", title)) < 2 or _NOT_EVENT.match(title):
        return None
    event_id = f"event:{slug(title)[:50].strip('-')}-{day.isoformat()}"
    facts.entity("Event", event_id, title, (start, end), [], {**props, "event_type": "engagement"})
    return event_id


def _title_end(facts: DocumentFacts, start: int, e: int) -> int:
    """Where the title that starts at ``start`` ends: at the first comma, full stop or dash, past a body's name
    before a dash ("Scottish Cities Alliance — board meeting": the body names the meeting)."""
    view = facts.view
    at = start
    while (m := _TITLE_END.search(view, at, e)) is not None:
        if view[m.start() : m.end()].strip() in "–—-" and _named(facts, start, m.start(), ("Organisation", "Council")):
            at = m.end()
            continue
        return m.start()
    return e


def _named(facts: DocumentFacts, start: int, end: int, kinds: tuple[str, ...]) -> str | None:
    """The entity of one of ``kinds`` whose name or alias is the text between ``start`` and ``end``."""
    text = facts.surface(start, end).casefold()
    return next(
        (entity_id for entity_id, entity in facts.entities.items()
         if entity.kind in kinds and text in {form.casefold() for form in (entity.name, *entity.aliases)}),
        None,
    )  # fmt: skip


def _known_event(facts: DocumentFacts, start: int, end: int) -> str | None:
    """An event read already whose name or alias stands between ``start`` and ``end``."""
    text = facts.view[start:end].casefold()
    found = [
        (text.find(form.casefold()), -len(form), entity_id)
        for entity_id, entity in facts.entities.items()
        if entity.kind == "Event"
        for form in (entity.name, *entity.aliases)
        if len(form) > 3 and form.casefold() in text
    ]
    return min(found)[2] if found else None


def _people_in(facts: DocumentFacts, start: int, end: int) -> list[str]:
    """The people whose name or alias the text between ``start`` and ``end`` holds."""
    text = facts.view[start:end]
    return [
        entity_id
        for entity_id, entity in facts.entities.items()
        if entity.kind == "Person" and any(len(form) > 3 and form in text for form in (entity.name, *entity.aliases))
    ]
