"""Events: dated headers, the session a document is about, its series, time slots, named events.

The *main event* is the first header that gives a date (with a time range when one is
given); people listed in the agenda attend it. A larger dated event whose range contains it
("21-25 FEB 2022 #UCLGMEETS") is what it is PART_OF; "Le premier des X" / "the first session
of X" makes it a session of the series X. Time slots ("14h40-15h25 - Title") become sessions
PART_OF the main event, attended by the people listed under them, when asked for
(``sessions``, ``munigraph load --sessions``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from munigraph.graph.resolution import orgs, places
from munigraph.graph.text import clean, fold, slug
from munigraph.loaders.documents import dates, event_identity, lexicon, meetings, roles
from munigraph.loaders.documents.builder import DocumentFacts, make_event_id
from munigraph.loaders.documents.furniture import NO_EVENT_DATE
from munigraph.loaders.documents.markup import Line, guarded, loose, overlaps_any, trim
from munigraph.loaders.documents.names import CONNECTORS, people_in
from munigraph.loaders.documents.records import event_records, record_class
from munigraph.loaders.documents.resolve import TOWN_NAME_PATTERN, add_city, add_org

HEADER_MAX = 90  # characters of a header line besides its date and time
_HASHTAG = re.compile(r"(?<![\w#])#[A-Za-z][\w]{2,}")
_TOPIC_TAG = re.compile(r"#[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]+")  # one word in lower case after its first letter
_QUOTED = re.compile(r'"\s*([^"]{4,200}?)\s*"')
_LEAD = re.compile(
    r"^[\s#>*\-+•●✓]*(?:\d+[.)]\s+)?"
    rf"(?:(?i:{lexicon.words_re('message_leads')})[ \t]*[:\-][ \t]*)*"  # "Subject: Invitation - " (x-genres)
)
ORDINALS = "|".join(lexicon.words("ordinals"))
_ORDINAL = re.compile(
    rf"\b(?:le|la|les|the|el|la|los|las|cette|this|esta|este)\s+(?P<ordinal>{ORDINALS})\s+"
    rf"(?:{lexicon.words_re('meeting_nouns')}s?\s+)?"
    r"(?:des|de la|de l'|du|de|of the|of|de los|de las|del)\s+",
    re.I,
)
# How an event is held (lang/*.yaml "event_formats")
FORMATS = [(name, "|".join(patterns)) for name, patterns in lexicon.table("event_formats").items() if patterns]
# Head nouns of a named event, capitalised (lang/*.yaml "event_nouns")
EVENT_HEADS = lexicon.words_re("event_nouns")
_EVENT_NAME = re.compile(rf"(?<![\w-])(?P<head>{EVENT_HEADS})(?![\w])(?P<tail>(?:[ \t]+[^\s,.;:()\"!?\n]+){{0,12}})")
_TAIL_STOP = re.compile(
    r"^(?:et|and|y|ou|or|o|[|·])$|^(?:qui|que|qu'\w+|dont|o[uù]|which|that|who|where|est|sont|a|ont|sera|seront|fut|"
    r"s'est|se|s'|is|are|was|were|will|has|have|es|son|fue|ser[aá]|ha|han|peut|peuvent|doit|can|must|puede|"
    r"vise|vers|avant|apr[eè]s|pendant|lors|during|before|after|durante|antes|despu[eé]s|avec|with|con|junto|alongside|together|he|she|they|we|next|last|pr[oó]xim[oa]|pasad[oa]|prochaine?|"
    r"avait|avaient|aura|auront|[ée]tait|[ée]taient|had|took|takes|hab[ií]a|hab[ií]an|tuvo|tendr[aá]|"
    r"afin|ce|cette|ces|this|these|il|ils|elle|elles|el|al|au|aux|en|from|hosted|held|organi[sz]ed|organis[ée]e?s?|organizad[oa]s?|"
    r"accueillie?s?|acogid[oa]s?|celebrad[oa]s?|tenue?s?|(?!(?:19|20)\d\d$)\d[\d\s]*)$",  # a year ends a name
    re.I,
)
_PAST_VERB = re.compile(r"[a-z]{3,}ed")  # "welcomed", "adopted": an English verb in the past
_KEEP_AFTER_AND = re.compile(r"^(?:[A-ZÀ-Þ]|territoires|territories|territorios|gouvernements|governments|gobiernos)")
_VISIT = re.compile(lexicon.words_re("visit_nouns") + r"\b", re.I)
# a name, a place, then lower-case words: the clause goes on after the place ("... à Tanger le mois dernier")
_AFTER_PLACE = re.compile(r"^(?P<name>.+?\s(?:à|in|en)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)\s+[a-zà-ÿ]")
_PLACE = re.compile(r"^(?P<name>.+?)\s+(?:à|a|in|en|de)\s+(?P<city>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)$")


PUBLISHED = re.compile(
    r"\b" + lexicon.words_re("published") + r"(?:\s*:\s*|\s+)(?:le|on|el)?\s*", re.I
)  # "Published: 3 May", "Actualizado: 08/10/2025" too (x-attend)
# "By Jane Roe | 4 May 2025", "FOR IMMEDIATE RELEASE — 3 March", "Week commencing 9 June", "News · 17/11/2025",
# "Deadline: 15 September": a line whose date stamps the page, its week or a deadline, not an event (x-events)
_STAMP_LINE = re.compile(
    r"[\s#*>_]*(?:(?i:" + lexicon.words_re("date_stamp_labels") + r")|(?i:" + lexicon.words_re("page_labels")
    + r")[ \t]*(?:[·|:–—-]|(?=\d|(?i:" + dates.WEEKDAY_WORDS + r"))))"
)  # fmt: skip


# "Calendar — exported on 02/02/2026 08:15": the file's stamp, no event's date (x-records)
_EXPORTED = lexicon.word_class("export_stamps")


def published(view: str) -> str | None:
    """The publication date a page states ("Publié le 9 mars 2021"), ISO."""
    for m in PUBLISHED.finditer(view):
        found = dates.find_dates(view[m.end() : m.end() + 40])
        if found and found[0].start == 0:
            return found[0].first.isoformat()
    return None


@dataclass
class Header:
    line: Line
    day: dates.DateSpan
    time: dates.TimeSpan | None
    offset: str | None
    name: str | None = None
    name_span: tuple[int, int] | None = None
    named_by: str = ""  # "line", "hashtag", "quoted", "heading", "before"
    place_span: tuple[int, int] | None = None  # "12 March 2024: Bureau meeting, Vienna": where, after the name


def _header_lines(all_lines: tuple[Line, ...]) -> list[Header]:
    """Lines that are a date (and time) with little else: event headers."""
    found = []
    for line in all_lines:
        text = line.text
        days = dates.find_dates(text)  # first: most lines have none, and the checks below need not read them
        if not days or PUBLISHED.search(text) or _STAMP_LINE.match(text) or _EXPORTED.search(text):
            continue
        if text.rstrip().endswith(";"):
            continue  # "– DÉCIDE d'adhérer à compter du 1er janvier 2026 ;": a clause of a list of decisions
        for day in [d for d in days if not _dateline(text, d)][:1]:
            time = dates.find_time_range(text[day.end :])
            rest = text[: day.start] + text[day.end :]
            if time:
                rest = text[: day.start] + text[day.end : day.end + time.start] + text[day.end + time.end :]
            rest = dates.TZ.sub("", rest)
            if len(re.sub(r"[\W\d_]+", " ", rest).strip()) > HEADER_MAX:
                continue
            if time:
                time = dates.TimeSpan(day.end + time.start, day.end + time.end, time.begin, time.finish)
            found.append(Header(line, day, time, dates.find_offset(text)))
    return found


def _dateline(text: str, day: dates.DateSpan) -> bool:
    """ "London, 3 March 2024 — ...": the day a news item was written, not an event's (the events
    it announces are dated in its text)."""
    return bool(_DATELINE_PLACE.fullmatch(text, 0, day.start) and _DATELINE_DASH.match(text, day.end))


def _event_tag(tag: str) -> bool:
    """Whether a hashtag may name an event ("#WUF12", "#RencontresFQ"): not a body's name ("#FLACMA")
    nor a topic's one word ("#Migración", "#Climate")."""
    return not _TOPIC_TAG.fullmatch(tag) and not orgs.lookup_known(tag[1:])


def _name_for(view: str, header: Header, all_lines: tuple[Line, ...]) -> None:
    """The event a header dates: a hashtag beside it, else the title above it."""
    index = next(i for i, ln in enumerate(all_lines) if ln.start == header.line.start)
    near = [ln for ln in all_lines[max(0, index - 3) : index + 3] if ln.stripped]
    for ln in near:
        m = next((h for h in _HASHTAG.finditer(ln.text) if _event_tag(h.group(0))), None)
        if m and abs(ln.start - header.line.start) < 200:
            header.name, header.name_span = m.group(0), (ln.start + m.start(), ln.start + m.end())
            header.named_by = "hashtag"
            return
    if _same_line_name(view, header):
        header.named_by = "line"
        return
    before = [ln for ln in all_lines[max(0, index - 6) : index] if _title_like(ln.stripped) or _heading(ln.stripped)][
        -3:
    ]
    for i in reversed(range(len(before))):
        ln = before[i]
        m = _QUOTED.search(ln.text)
        if m and i and _theme_alone(ln.text, m) and _EVENT_WORD.search(before[i - 1].stripped):
            ln, m = before[i - 1], None  # "45e ASSEMBLÉE GÉNÉRALE" over « Villes et jeunesse »: the title names it
            s, e = trim(view, ln.start + len(_LEAD.match(ln.text).group(0)), ln.end)
            header.name, header.name_span = clean(view[s:e]), (s, e)
            header.named_by = "heading"
            return
        named = m and _NAMED_BEFORE_THEME.fullmatch(ln.text, 0, m.start())
        if named:  # 'Annual Meeting 2025 · "Caring Cities"': the event is named before its theme
            s, e = trim(view, ln.start + named.start("name"), ln.start + named.end("name"))
            header.name, header.name_span = clean(view[s:e]), (s, e)
            header.named_by = "quoted"
            return
        if m:
            header.name, header.name_span = clean(m.group(1)), (ln.start + m.start(1), ln.start + m.end(1))
            header.named_by = "quoted"
            return
    for ln in reversed(before):
        if ln.stripped.startswith("#") or (
            ln.text.count("**") == 0 and view[ln.start : ln.end].strip().startswith("**")
        ):
            s, e = trim(view, ln.start + len(_LEAD.match(ln.text).group(0)), ln.end)
            header.name, header.name_span = clean(view[s:e]), (s, e)
            header.named_by = "heading"
            return
    placed = _dateline_place(header.line.text[: header.day.start])  # "Quito, Ecuador, 3 de mayo": a title's dateline
    placed = placed or _VENUE_HEAD.match(_after_date(header)[1].strip(" |,.()*–—-"))  # "12 mai – Salle des fêtes, X"
    placed = placed or _PROGRAMME_LINE.fullmatch(header.line.text[: header.day.start])  # "Programme du 4 juillet"
    after = _after_date(header)[1].strip(" |,.()*–—-")
    placed = placed or (after and _place_or_format(after)) or _slots_follow(all_lines, index)  # "12 mai 2023, Lyon"
    placed = placed or _IN_PLACE.match(_after_date(header)[1])  # "Held on 12 March 2024 in Ghent, Belgium"
    placed = placed or _zoned_clocks(header)
    placed = placed or _labelled_date(view, header)
    # "Acta de la reunión del Consejo / Fecha: 5 de marzo de 2024": the date under a record's title is its meeting's
    placed = placed or any(
        _MINUTES_LABEL.match(ln.stripped.lstrip("#* ")) for ln in before
    )  # "14 March 2024, 15:00 CET": an event's day, not a news list's
    if not (header.time or header.day.first != header.day.last or placed):
        return  # a bare date under any line is a news list, not an event
    if _sentence_held(header.line.text[: header.day.start]):
        return  # "The Festival will take place from 5 to 7 July": a sentence names its event, not the title above
    for ln in reversed(before):
        text = ln.stripped
        if _INFO_HEADING.fullmatch(
            text.strip("#*: ")
        ):  # "ABOUT THE EVENT" under a speakers grid: the page's title (x-records)
            ln = next((t for t in all_lines if t.stripped), ln)
            if ln.start >= before[0].start or dates.find_dates(ln.stripped):
                return
            text = ln.stripped
        if (
            len(text) < 120
            and not text.endswith((".", ":", "?"))
            and not dates.find_dates(text)
            and not _FILE.search(text)
            and not _PAGE_LABEL.fullmatch(text)
            and not _PROGRAMME_LINE.fullmatch(text)  # "PROGRAMME PROVISOIRE" between the title and the date
        ):
            s, e = _unlabelled(view, *trim(view, ln.start + len(_LEAD.match(ln.text).group(0)), ln.end))
            header.name, header.name_span = clean(view[s:e]), (s, e)
            header.named_by = "before"
            return


# 'Forum of Coastal Cities 2026 · "Tides of Change"': an event's name (its event noun in it), a
# separator, then its quoted theme
_NAMED_BEFORE_THEME = re.compile(
    r"[\s#*>]*(?P<name>[^\n\"]*?(?<![\w-])(?i:" + EVENT_HEADS + r")(?![\w])[^\n\"]*?)[ \t]*[·:|–—-][ \t]*"
)


def _slots_follow(all_lines: tuple[Line, ...], index: int) -> bool:
    """Time slots open the lines under a date ("9h00 Accueil"): the date is a programme's day."""
    below = [ln for ln in all_lines[index + 1 : index + 8] if ln.stripped][:4]
    return any(
        (m := _START_TIME.match(ln.text, len(_LEAD.match(ln.text).group(0)))) and re.search(r"[hH:]", m.group(0))
        for ln in below
    )


def _sentence_held(before_date: str) -> bool:
    """Whether the text before a line's date is a sentence saying something is held ("The Festival
    will take place from"), not a record's label line under its title ("Held on 6 May 2024 in Ghent")."""
    verb = meetings.held_verb_match(before_date)
    return verb is not None and bool(before_date[: verb.start()].strip(" \t*#-–—|"))


# "The network organised a workshop in Split on 9 June": a sentence, no header naming an event
_ORGANISED_VERB = lexicon.word_class("organised_verbs")
# "Press release", "Communiqué de presse": a page's genre on the line above its dateline, no event
_PAGE_LABEL = re.compile(r"[\s#*]*" + lexicon.words_re("page_labels") + r"[\s*:.]*", re.I)
_INFO_HEADING = re.compile(lexicon.words_re("event_info_headings"), re.I)
_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|html?|aspx?|php|jpe?g|png)\b|://", re.I)
_FILLER = re.compile(
    r"^(?:le|la|les|du|au|de|des|à|a|the|on|from|to|el|del|al|en|y|et|and|" + dates.WEEKDAY_WORDS + r")$", re.I
)


_PROGRAMMES = lexicon.words_re("programme_words")
# "Programme du 4 juillet 2023", "Agenda – 4 July": a programme's label before its date, no name
_PROGRAMME_LINE = re.compile(
    r"[\s*#>]*" + _PROGRAMMES + r"(?:\s+(?:du|de la|des|de|of the|of|for|del|de la|para|pour))?[\s,:–—-]*", re.I
)
# "Programme – Journée des jumelages", "Forum X: Agenda": the label beside a title
_PROGRAMME_LABEL = re.compile(r"^(?i:" + _PROGRAMMES + r")\s*[:–—-]\s*(?=\S)|\s*[:–—-]\s*(?i:" + _PROGRAMMES + r")\s*$")


# "Minutes of the Board meeting", "Acta de la reunión", "Relevé de décisions : Bureau": a record's label
_MINUTES_LABEL = re.compile(
    r"(?i:"
    + lexicon.words_re("minutes_words")
    + r")(?:[ \t]*[:–—-][ \t]*|[ \t]+(?i:of the|of|de la|de l['’]|du|des|de|del)[ \t]*)"
    r"(?=\S)"
)


def _unlabelled(view: str, start: int, end: int) -> tuple[int, int]:
    """A title line without its programme label (or the label of the record of a meeting)."""
    minutes = _MINUTES_LABEL.match(view, start, end)
    if minutes:
        start = minutes.end()
    label = _PROGRAMME_LABEL.search(view, start, end)
    if label is None:
        return start, end
    return trim(view, label.end(), end) if label.start() == start else trim(view, start, label.start())


def _heading(text: str) -> bool:
    """A markdown heading with a word in it ("## Atelier")."""
    return text.startswith("#") and bool(re.search(r"[^\W\d_]{3,}", text)) and not dates.find_dates(text)


def _title_like(text: str) -> bool:
    """A line that can name an event: two words or more, no date of its own."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    return len(words) >= 2 and not dates.find_dates(text) and "://" not in text


# A lowercase lead before a capitalised event noun ("Adoptada en la Cumbre ...", "held at the Forum ...")
_LED_EVENT = re.compile(
    rf"[^\W\d_A-ZÀ-Þ]?[\w'’]*[^\n]*?\s(?:{lexicon.words_re('function_words')}|al|del|at|du|au)\s+(?P<head>(?-i:{EVENT_HEADS}))(?![\w])",
    re.I,
)


_PLACE_LABEL = re.compile(r"[\s*#]*(?i:" + lexicon.words_re("place_labels") + r")[ \t*]*:")


def _same_line_name(view: str, header: Header) -> bool:
    """'Le "Café des élues et élus" : le 25 avril 2024' or 'Journée du groupe-pays, le 26 juin 2024'."""
    line = header.line
    m = _QUOTED.search(line.text)
    if m:
        header.name, header.name_span = clean(m.group(1)), (line.start + m.start(1), line.start + m.end(1))
        return True
    date_at = header.day.start
    lead = len(_LEAD.match(line.text).group(0))
    before = line.text[lead:date_at]
    if _MET.search(before) or meetings.held_verb(before) or _ORGANISED_VERB.search(before):
        return False  # "Le Bureau de X s'est réuni le 12 mai", "le Forum, qui se tiendra le 4 mai": a sentence
    words = [w for w in re.findall(r"[^\W\d_]{2,}", before) if not _FILLER.match(w)]
    label = _PROGRAMME_LABEL.match(before)  # "Programme — Lyon, France, 3–4 May": the label, then the dateline
    if _meeting_line(view, header, words, before):  # "Séance du 25 septembre 2025": the line names its meeting
        s, e = trim(view, line.start + lead, line.start + header.day.end)
        header.name, header.name_span = clean(view[s:e]), (s, e)
        return True
    if (
        len(words) < 2
        or _stamp(before)
        or _dateline_place(before)
        or _PROGRAMME_LINE.fullmatch(line.text[:date_at])
        or (label and _dateline_place(before[label.end() :]))
        or _PLACE_LABEL.match(before)  # "Venue: City Hall of X — 6 June 2024": where, not what
    ):  # "Mombasa, Kenya, 9 October 2025": where, not what
        return _after_date_name(view, header)
    s, e = trim(view, line.start + lead, line.start + date_at)
    # "Adoptada en la Cumbre de Alcaldes, Cartagena de Indias, 5 de noviembre": the event a lowercase
    # lead names (from its event noun), not the lead; its place after a comma is where, not what
    noun = _LED_EVENT.match(view, s, e)
    if noun:
        s = noun.start("head")
    place = re.search(r",\s*([^,]{2,40}?)[\s,]*$", view[s:e])
    if place and place.start() > 0 and _place_or_format(place.group(1)):
        e = s + place.start()
    while e > s and re.search(r"(?:\s|^)(?:le|du|au|on|el|del|from|of|à|a|,)\s*$", view[s:e], re.I):
        e = s + re.search(r"(?:\s|^)(?:le|du|au|on|el|del|from|of|à|a|,)\s*$", view[s:e], re.I).start()
        s, e = trim(view, s, e)
    s, e = _unlabelled(view, s, e)
    dashed = _DASHED_PLACE.search(view, s, e)  # "Réunion du Bureau – Vienne, 7 février": where, not what
    if dashed and _place_or_format(dashed.group("place")):
        s, e = trim(view, s, dashed.start())
    if e - s < 4:
        return False
    header.name, header.name_span = clean(view[s:e]).rstrip(",:- "), (s, e)
    return True


# "Gabinete de Comunicación · ", "Date de la convocation : ", "Jane Roe · ", "Yaoundé (Cameroun) · du ":
# a label or a byline set off by a separator before a date; it names an event only with an event noun in it
_STAMP_END = re.compile(r"[·:|]\s*(?:(?:le|du|el|del|the|on|from|de)\s+)?$", re.I)
_EVENT_WORDS = "|".join((EVENT_HEADS, lexicon.words_re("meeting_nouns"), lexicon.words_re("event_parts")))
_EVENT_WORD = re.compile(r"(?<![\w-])(?:" + _EVENT_WORDS + r")(?!\w)", re.I)


def _labelled_date(view: str, header: Header) -> bool:
    """ "Date: 15 July 2025" opening a block of fields under a title: an event's day ("Référence : X" above it:
    a document's stamp block)."""
    if record_class(header.line.text[: header.day.start]) != "start":
        return False
    return not view[view.rfind("\n", 0, max(0, header.line.start - 1)) + 1 : header.line.start].strip()


def _meeting_line(view: str, header: Header, words: list[str], before: str) -> bool:
    """ "Séance du jeudi 25 septembre 2025", "Sesión del 30 de octubre": a meeting noun alone before the date,
    under a line that names no event ("Réunion du Bureau exécutif" above names it)."""
    if len(words) != 1 or not _EVENT_WORD.fullmatch(words[0]) or _STAMP_END.search(before):
        return False
    above = view[: header.line.start].rstrip()
    return not _EVENT_WORD.search(above[above.rfind("\n") + 1 :])


def _theme_alone(text: str, quoted: re.Match) -> bool:
    """A line that is only a quoted theme ("« Villes et jeunesse »")."""
    return not text[: quoted.start()].strip(" *#_") and not text[quoted.end() :].strip(" *#_.")


def _stamp(before: str) -> bool:
    """Whether the text before a line's date is a label or a byline, not an event's name."""
    return bool(_STAMP_END.search(before)) and not _EVENT_WORD.search(before)


# " in Ghent, Belgium" after a date: where the meeting was held (a country may follow)
_IN_PLACE = re.compile(
    r"[ \t,]*(?:in|à|en)[ \t]+(?P<place>" + TOWN_NAME_PATTERN + r")(?:[ \t]*,[ \t]*[A-ZÀ-Þ][\w'’ -]{2,30})?[ \t.]*$"
)
_DASHED_PLACE = re.compile(r"[ \t]+[–—-][ \t]+(?P<place>" + TOWN_NAME_PATTERN + r")[ \t,]*$")


def _after_date(header: Header) -> tuple[int, str, bool]:
    """Where the text after a header's date (and time, and time zone) starts in its line, that
    text up to a field bar, and whether a bar ends it."""
    line = header.line
    after = header.time.end if header.time else header.day.end  # offsets within the line
    rest = line.text[after:]
    tz = dates.TZ.match(rest.lstrip(" ,"))
    skip = after + (len(rest) - len(rest.lstrip(" ,")) + tz.end() if tz else 0)
    zone = _ZONE_NOTE.match(line.text, skip)  # "(heure de Paris, UTC+2)": when, not what
    if zone and dates.TZ.search(zone.group(0)):
        skip = zone.end()
    clocks = _CLOCKS.match(line.text, skip)  # "15:00 CET / 11:00 ART": one start time in several zones
    if clocks and header.time is None:
        skip = clocks.end()
    field_end = line.text.find("|", skip)  # "... | Chefchaouen, Morocco | Hybrid": fields, not a name
    return skip, line.text[skip : field_end if field_end >= 0 else len(line.text)], field_end >= 0


def _after_date_name(view: str, header: Header) -> bool:
    """ "Jour 1-15.02.2021 : Fenêtre d'opportunité de CGLU": the title after the date."""
    line = header.line
    skip, field, barred = _after_date(header)
    words = [w for w in re.findall(r"[^\W\d_]{2,}", field) if not _FILLER.match(w)]
    if len(words) < 2 or barred or _place_or_format(field):
        return False
    s, e = trim(view, line.start + skip, line.end)
    # "Bureau meeting, Vienna", "Congrès annuel, Lisbonne, à l'invitation de ...": the name ends before the place
    for comma in re.finditer(r",[ \t]*", view[s:e]):
        field = view[s + comma.end() : e].split(",")[0].strip(" .")
        if _place_or_format(field) and not _place_or_format(view[s : s + comma.start()]):
            header.place_span = (s + comma.end(), s + comma.end() + len(field))
            e = s + comma.start()
            break
    if e - s < 4:
        return False
    header.name, header.name_span = clean(view[s:e]).rstrip(",:- ."), (s, e)
    return True


def _place_or_format(text: str) -> bool:
    """ "Chefchaouen, Morocco", "Hybrid", "En ligne", "Salle des fêtes, Rumilly": where or how, not what."""
    text = text.strip(" |,.()*–—-")
    head = text.split(",")[0].strip()
    if any(re.fullmatch(pattern, text, re.I) for _, pattern in FORMATS) or _VENUE_HEAD.match(text):
        return True
    words = [w for w in head.split() if w[:1].isupper()]  # "Santo Domingo de Guzmán": three, "de" is no word of it
    return bool(head and (places.resolve_country(head) or places.resolve_city(head)) and len(words) <= 3)


# "15:00 CET / 11:00 ART", "14h00 (heure de Paris) / 9h00 (Buenos Aires)", "| 10:00 (CDMX)": a start
# time after a date, written for several time zones; when an event starts, not what it is
_CLOCK = r"[0-2]?\d(?:[ \t]*[hH:.][ \t]*[0-5]\d|[ \t]*[hH]\b|[ \t]*[ap]\.?m\b\.?)(?:[ \t]*[ap]\.?m\b\.?)?"
_CLOCKS = re.compile(
    r"[ \t,|–—-]*(?:"
    + _CLOCK
    + r"(?:[ \t]*(?:\([^()\n]{1,40}\)|"
    + dates.TZ.pattern
    + r"|[A-Z]{2,5}\b))*[ \t]*(?:[/|,][ \t]*)?)+"
)


def _zoned_clocks(header: Header) -> bool:
    """A start time given in a time zone (or in several) after a header's date: an online event's
    header ("15:00 CET / 11:00 ART"); a bare clock ("19 noviembre 2017 12:06") stamps a page."""
    m = _CLOCKS.match(header.line.text, header.day.end)
    return bool(m and re.search(r"\d", m.group(0)) and (dates.TZ.search(m.group(0)) or re.search(r"[(/]", m.group(0))))


_VENUE_CITY = re.compile(r"[^,\n]{3,60},[ \t]*(?P<place>" + TOWN_NAME_PATTERN + r")[ \t.]*$")
_ZONE_NOTE = re.compile(r"[ \t,]*\([^()\n]{0,60}\)[ \t,]*")
_VENUE_HEAD = re.compile(r"(?:(?:l['’]|la|le|the|el)\s*)?" + lexicon.words_re("venue_nouns") + r"\b", re.I)
# "Mombasa, Kenya, ", "Montevideo, Uruguay – ", "Quito | ": a place (maybe its country), then the separator before a date
_DATELINE = re.compile(
    r"^[\s*#]*(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ -](?:de |del |de la |do |da )?[A-ZÀ-Þ][\w'’-]+){0,3})"
    r"(?:\s*,\s*[A-ZÀ-Þ][\w'’ ]{2,30}?)?\s*[,–—|·-]\s*(?:(?:le|el|the|on)\s+)?$"
)  # "Paris, le 14 mars 2024"


def _dateline_place(text: str) -> re.Match | None:
    """ "Mombasa, Kenya, " before a date: a title's dateline (a place, a comma, maybe its country)."""
    m = _DATELINE.match(text)
    return m if m and _place_or_format(m.group("place")) else None


def _format(view: str) -> str | None:
    found = [name for name, pattern in FORMATS if re.search(pattern, view, re.I)]
    return ", ".join(found) or None


_OPENING_PROSE = 1200  # characters: where a page names the event it is about


def extract_events(facts: DocumentFacts) -> str | None:
    """Add the dated events of the document; return the id of its main event (or None).

    The main event is the earliest of: the first header with a time range (else the first
    single-day header), and a dated event named in the opening prose ("Du 15 au 22 février
    2021 s'est déroulée la septième édition du Séminaire"). Other headers (a sidebar agenda)
    are events of their own; a multi-day header whose range holds the main event is what the
    main event is PART_OF.
    """
    view = facts.view
    all_lines = facts.context.lines
    records = [(t.start, t.end) for t in facts.context.tables if t.sign]  # "Kisumu,Kenya,12/03/2024" (x-genres)
    records += [(r.start, r.end) for r in event_records(facts.context)]  # "Start: 6 May 2025": its entry's (x-records)
    headers = [h for h in _header_lines(all_lines) if not any(s <= h.line.start < e for s, e in records)]
    headers = [h for h in headers if facts.context.furniture_at(h.line.start) not in NO_EVENT_DATE]  # x-clean
    for header in headers:
        _name_for(view, header, all_lines)
    _days_of_a_named_range(headers)
    named = [h for h in headers if h.name]
    timed = [h for h in named if h.time]
    main = timed[0] if timed else next((h for h in named if h.day.first == h.day.last), None)
    main = main or next(iter(named), None)  # a multi-day event when nothing narrower is dated
    wider = next((h for h in named if h.day.first != h.day.last), None)
    if (
        main
        and not timed
        and wider
        and wider.line.start < main.line.start
        and not wider.day.first <= main.day.first <= wider.day.last
    ):
        main = wider  # "Forum 2025 / 14–15 May 2025" above "Registration closes on 30 April 2025": the forum
    prose = _prose_dated_event(facts)
    held = meetings.held_meetings(facts)
    if main is None and prose is None and not any(h.span and h.opens and not h.future for h in held):
        titled = (
            _programme_days(facts, headers)
            or _title_session(facts)
            or _series_title(facts)
            or _part_title(facts)
            or _undated_body_met(facts)
            or _twinning_signed(facts)
            or _gathered(facts)
            or _visited(facts)
        )
        if titled:
            for other in held:  # "La prochaine réunion du Bureau se tiendra à Rabat": announced, an event of its own
                if other.span and other.future:
                    meetings.add_held(facts, other, titled)
            return titled
    # "la tercera Conferencia, que tuvo lugar en Cork" in 2017, on a page of 2025: another edition, in passing
    first_held = next(
        (h for h in held if h.span and h.opens and not h.future and not event_identity.in_passing(facts, h.span)),
        None,
    )
    main_id = None
    if first_held and all(first_held.span[0] < at for at in (prose and prose[1][0], main and main.line.start) if at):
        main, prose = None, None
        main_id = meetings.add_held(facts, first_held)
    elif prose and (main is None or prose[1][0] < main.line.start):
        main = None
        main_id = _add_prose_event(facts, *prose)
    elif main:
        main_id = _add_dated(facts, main, main=True)
    held_ids = [
        meetings.add_held(facts, other, main_id) for other in held if other is not first_held or main_id is None
    ]
    main_days = (main.day.first, main.day.last) if main else (prose[0].first, prose[0].last) if prose else None
    if main_id is None:  # "The Congress will take place in Tangier from 22 to 24 October": the page announces it
        announced = next(
            (
                i
                for h, i in zip(held, held_ids, strict=False)
                if i and h.span and h.opens and h.future and not event_identity.in_passing(facts, h.span)
            ),
            None,
        )  # not "la próxima sesión del Pleno se celebrará el 27": the next one, not the page's
        # "I am back from Dijon, where the Annual Forum took place from 6 to 8 May": a dated meeting
        # the opening prose reports, though not as its sentence's subject (x-events)
        announced = announced or next(
            (i for h, i in zip(held, held_ids, strict=False) if i and h.span and not h.future
             and h.span[0] < _OPENING_PROSE), None,
        )  # fmt: skip
        props = facts.entities[announced].props if announced else {}
        if len(props.get("start", "")) >= 10 and len(props.get("end", "")) >= 10:  # dated to the day
            main_id, main_days = (
                announced,
                (dt.date.fromisoformat(props["start"][:10]), dt.date.fromisoformat(props["end"][:10])),
            )
    _within_main(facts, main_id, main_days, held_ids)
    for header in named:
        if header is main:
            continue
        event_id = _add_dated(facts, header)
        span = trim(view, min(header.line.start, header.name_span[0]), max(header.line.end, header.name_span[1]))
        if not main_days or not main_id:
            continue
        if header.day.first != header.day.last and header.day.first <= main_days[0] <= header.day.last:
            facts.relate("PART_OF", main_id, event_id, span)  # the larger event the main one belongs to
        elif main_days[0] != main_days[1] and main_days[0] <= header.day.first <= header.day.last <= main_days[1]:
            facts.relate("PART_OF", event_id, main_id, span)  # a day or session of the main event
    main_id = main_id or _quoted_event(facts) or _reported_meeting(facts)
    _series(facts, main_id)
    _organisers(facts, main_id)
    return main_id


_QUOTED_EVENT = guarded(
    re.compile(
        r"(?<![\w-])(?:" + lexicon.words_re("event_words") + "|" + lexicon.words_re("meeting_heads") + r")[ \t]*"
        r"\"[ \t]*(?P<title>[^\"\n]{8,200}?)[ \t]*\"",
        re.I,
    )
)
# After the title: "of the second Summit for Democracy", the larger event it belongs to.
_NAME_CONNECTORS = ("for", "of", "on", "the", "de", "des", "du", "la", "del", "sobre")
_OF_EVENT = re.compile(
    r"[ \t,]+(?:of|at|during|de|du|de la|del)[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+|l'|el[ \t]+)?"
    rf"(?P<name>(?:(?:{ORDINALS})[ \t]+)?[A-ZÀ-Þ][\w'-]*"
    rf"(?:[ \t]+(?:[A-ZÀ-Þ0-9][\w'-]*|{'|'.join(_NAME_CONNECTORS)})){{0,8}})",
    re.I,
)


_AT_MEETING = re.compile(
    r"(?:^|(?<=[\s\"]))"
    + lexicon.words_re("at_meeting")
    + r"[ \t]+(?P<name>(?:[\w'-]+[ \t]+){0,3}?"
    + lexicon.words_re("meeting_heads")
    + r"),",
    re.I,
)


def _reported_meeting(facts: DocumentFacts) -> str | None:
    """ "At the contract signing ceremony, Mayor Roe said ...": a page that dates no event and names
    none is about the meeting its first sentence of this shape opens with (named by its words)."""
    view = facts.view
    for sentence in facts.context.sentences:
        m = _AT_MEETING.match(view, sentence[0])
        if not m or any(w.lower() in _NAME_CONNECTORS for w in m.group("name").split()):
            continue
        name = clean(m.group("name"))
        event_id = make_event_id(name)
        facts.entity("Event", event_id, name, m.span("name"), [], {})
        return event_id
    return None


def _quoted_event(facts: DocumentFacts) -> str | None:
    """ "presented at the event “Building Trust: Cities and Citizens” of the Summit for Democracy":
    a page that dates no event and reports no held meeting is about the first event it names by
    a quoted title after an event word; the event named after "of the" is what it is PART_OF."""
    view = facts.view
    for m in _QUOTED_EVENT.finditer(view):
        if m.group(0)[:1].isupper() and facts.context.sentence_at(m.start()) == (m.start(), m.end()):
            continue  # a quoted heading, not prose
        line = facts.context.line_at(m.start())
        if _START_TIME.match(line.text, len(_LEAD.match(line.text).group(0))):
            continue  # '09 h 30 — Atelier « X »': an item of a programme, not what the page is about
        title = clean(m.group("title")).strip(" .,;")
        if len(title.split()) < 3 or orgs.lookup_known(title):
            continue
        if event_identity.in_passing(facts, m.span("title"), ranked=False):
            continue  # 'the side event "Local data" ... at HLPF 2024', on a page of 2025: a past one
        event_id = make_event_id(title)
        facts.entity("Event", event_id, title, m.span("title"), [], {})
        larger = _OF_EVENT.match(view, m.end())
        if larger:
            name = clean(larger.group("name")).strip()
            while name.split()[-1].lower() in _NAME_CONNECTORS:
                name = name.rsplit(None, 1)[0]
            if re.search(EVENT_HEADS, name):
                parent_id = make_event_id(re.sub(r"^(?:" + ORDINALS + r")\s+", "", name, flags=re.I))
                facts.entity("Event", parent_id, name, (larger.start("name"), larger.start("name") + len(name)), [], {})
                facts.relate("PART_OF", event_id, parent_id, trim(view, m.start(), larger.start("name") + len(name)))
        return event_id
    return None


def _within_main(
    facts: DocumentFacts, main_id: str | None, main_days: tuple[dt.date, dt.date] | None, held_ids: list[str | None]
) -> None:
    """ "The Summit runs on 29 and 30 September. The Welcome Meeting will be held on the evening of
    29 September": a meeting held within the days of a multi-day main event is part of it."""
    if not main_id or not main_days or main_days[0] == main_days[1]:
        return
    for event_id in dict.fromkeys(i for i in held_ids if i and i != main_id):
        props = facts.entities[event_id].props
        if "start" in props and main_days[0].isoformat() <= props["start"][:10] <= main_days[1].isoformat():
            facts.relate("PART_OF", event_id, main_id, facts.first_span[event_id])


_TITLE_SESSION = re.compile(
    r"^[\s#*]*(?P<session>(?:\d{1,2}(?:st|nd|rd|th|e|er|re|ème|º|ª|°)?|[IVX]{1,4}|" + ORDINALS + r")\s+"
    + lexicon.words_re("meeting_nouns") + r")\s*[,:–-]\s*(?P<parent>[^,:\n]{4,80}?)[\s*]*$",
    re.I,
)  # fmt: skip


_SERIES_TITLE = re.compile(r"^[^\w\n]*(?P<series>[^:\n]{4,80}?)\s*:\s*(?P<title>[^:\n]{12,200}?)[\s*.]*$")


def _series_title(facts: DocumentFacts) -> str | None:
    """ "Municipal Talks of UCLG: The role of local governments in a crisis": a page titled as a
    session of a body's named series (a capitalised event noun and a body before the colon, a
    capitalised title after it); the session is the page's event, PART_OF the series, which
    that body organises."""
    for line in [ln for ln in facts.context.lines if ln.stripped][:8]:
        m = _SERIES_TITLE.match(line.text)
        if not m or not re.search(r"(?<![\w-])" + EVENT_HEADS + r"(?![\w-])", m.group("series")):
            continue
        if len(re.findall(r"[^\W\d_]{2,}", m.group("title"))) < 4 or dates.find_dates(line.text):
            continue
        series_span = trim(facts.view, line.start + m.start("series"), line.start + m.end("series"))
        if not m.group("title")[:1].isupper() or not any(
            series_span[0] <= a and b <= series_span[1] for a, b in facts.org_spans
        ):
            continue  # "Octobre urbain : les villes africaines à l'honneur" is a headline, no body's series
        title_span = trim(facts.view, line.start + m.start("title"), line.start + m.end("title"))
        series_name = orgs.strip_article(facts.surface(*series_span))
        series_id = make_event_id(series_name)
        facts.entity("Event", series_id, series_name, series_span, [], {"event_type": "series"})
        title = facts.surface(*title_span)
        session_id = f"{series_id}-{slug(title)[:40].strip('-')}"
        facts.entity("Event", session_id, title, title_span, [], {"event_type": "session"})
        facts.relate("PART_OF", session_id, series_id, trim(facts.view, line.start, line.end))
        _organisers(facts, session_id)
        return session_id
    return None


_PART_TITLE = re.compile(
    r"^[^\w\n]*(?P<part>" + lexicon.words_re("event_parts") + r")\s+(?:de la|de l['’]|del|de|du|of the|of)\s+"
    r"(?P<parent>[^\n]{4,120}?)[\s*.]*$",
    re.I,
)


def _part_title(facts: DocumentFacts) -> str | None:
    """ "Apertura oficial de la Cumbre de Mercociudades en Rosario": a page titled as the opening
    (or closing) of a named event; that part is the page's event, PART_OF the event, and held
    where its name says."""
    for line in [ln for ln in facts.context.lines if ln.stripped][:8]:
        m = _PART_TITLE.match(line.text)
        if not m or not re.match(EVENT_HEADS, m.group("parent")):
            continue
        part_span = (line.start + m.start("part"), line.start + m.end("part"))
        parent_span = trim(facts.view, line.start + m.start("parent"), line.start + m.end("parent"))
        parent_name, _ = _event_tail(facts.view, *parent_span)
        parent_span = (parent_span[0], parent_span[0] + len(parent_name))
        parent_id = make_event_id(parent_name)
        facts.entity("Event", parent_id, parent_name, parent_span, [], {})
        part = facts.surface(*part_span)
        part_id = f"{parent_id}-{slug(part)}"
        facts.entity("Event", part_id, part[0].upper() + part[1:], part_span, [], {"event_type": "session"})
        quote = trim(facts.view, line.start, line.end)
        facts.relate("PART_OF", part_id, parent_id, quote)
        place = _PLACE.match(parent_name)
        if place:
            at = parent_span[0] + parent_name.rfind(place.group("city"))
            city = add_city(facts, (at, at + len(place.group("city"))), min_score=0.85)
            for event_id in (parent_id, part_id) if city else ():
                facts.relate("HELD_IN", event_id, city, quote)
        return part_id
    return None


_TWINNING_SIGNED = re.compile(
    r"(?<![\w-])(?P<name>" + lexicon.words_re("signing_nouns") + r"\s+(?:del?|of the|of|du|de la|de l['’])\s*"
    r"(?:(?:acuerdo|acta|convenio|pacto|agreement|charter|accord|charte|pacte)\s+(?:de|of|du|de la)\s+)?"
    r"(?:" + "|".join(lexicon.table("twinning_cues")["twinning"]) + r"))",
    re.I,
)


def _twinning_signed(facts: DocumentFacts, limit: int = 1500) -> str | None:
    """ "al firmar la ratificación de hermanamiento", "the signing of the twinning agreement": with
    no other event, the signing a twinning page reports is its event."""
    m = _TWINNING_SIGNED.search(facts.view, 0, limit)
    if not m:
        return None
    name = facts.surface(*m.span("name"))
    event_id = make_event_id(name)
    facts.entity("Event", event_id, name[0].upper() + name[1:], m.span("name"), [], {})
    return event_id


# "Local Leaders Forum — Programme": the word that says the page is an event's programme
_PROGRAMME_WORD = re.compile(r"[ \t]*[-–—:|][ \t]*" + lexicon.words_re("programme_words") + r"[ \t]*$", re.I)


def _programme_days(facts: DocumentFacts, headers: list[Header]) -> str | None:
    """ "Forum des maires — Programme" over day headings ("Jeudi 6 juin 2024", "Day 2 – Wednesday
    17 April 2024"): the event the title names runs from the first day to the last, and the
    sessions under each day are its parts (:func:`time_slots`)."""
    days = [h for h in headers if not h.time and not h.name and h.day.first == h.day.last]
    if len({h.day.first for h in days}) < 2:
        return None
    title = next((ln for ln in facts.context.lines if ln.stripped and not ln.text.startswith("SOURCE:")), None)
    if title is None or title.start >= days[0].line.start:
        return None
    text = title.text.rstrip()
    cut = _PROGRAMME_WORD.search(text)
    name = text[: cut.start()] if cut else text
    if not re.search(r"(?<![\w-])" + EVENT_HEADS + r"(?![\w-])", name, re.I) or dates.find_dates(name):
        return None
    span = trim(facts.view, title.start + len(text) - len(text.lstrip(" #*")), title.start + len(name))
    name = orgs.strip_article(facts.surface(*span))
    first, last = min(h.day.first for h in days), max(h.day.last for h in days)
    event_id = make_event_id(name, str(first.year))
    facts.entity("Event", event_id, name, span, [], {"start": dates.iso(first), "end": dates.iso(last)})
    return event_id


def _title_session(facts: DocumentFacts) -> str | None:
    """ "1st Meeting, Forum of Mayors 2022": a page titled as one meeting of a larger event; the
    meeting is the page's event, PART_OF the larger one."""
    for line in [ln for ln in facts.context.lines if ln.stripped][:8]:
        m = _TITLE_SESSION.match(line.text)
        if not m:
            continue
        session_span = (line.start + m.start("session"), line.start + m.end("session"))
        parent_span = trim(facts.view, line.start + m.start("parent"), line.start + m.end("parent"))
        parent_name = orgs.strip_article(facts.surface(*parent_span))
        parent_id = make_event_id(parent_name)
        facts.entity("Event", parent_id, parent_name, parent_span, [], {})
        session_id = f"{parent_id}-{slug(facts.surface(*session_span))}"
        facts.entity("Event", session_id, facts.surface(*session_span), session_span, [], {"event_type": "session"})
        facts.relate("PART_OF", session_id, parent_id, trim(facts.view, line.start, line.end))
        return session_id
    return None


def _days_of_a_named_range(headers: list[Header]) -> None:
    """ "# Forum 2023 / Du 15 au 17 mars 2023 / ## Mercredi 15 mars 2023": a bare day heading in
    the programme of a dated range borrowed the range's title; it is a day of that event, not
    an event of its own."""
    ranges = [h for h in headers if h.name and h.day.first != h.day.last]
    for header in headers:
        if header.time or header.day.first != header.day.last or not header.name:
            continue
        if any(
            (r.name_span == header.name_span or (r.line.start < header.line.start and header.named_by != "line"))
            and r.day.first <= header.day.first <= r.day.last
            for r in ranges
        ):
            header.name = header.name_span = None


def _add_dated(facts: DocumentFacts, header: Header, main: bool = False) -> str:
    """An event dated by a header: start and end with the time and its offset when given."""
    day = header.day.first
    props = {"start": dates.iso(day), "end": dates.iso(header.day.last)}
    if header.time:
        props = {
            "start": dates.iso(day, header.time.begin, header.offset),
            "end": dates.iso(day, header.time.finish, header.offset),
        }
    event_format = _format(facts.view) if main else None
    if event_format:
        props["format"] = event_format
    name = orgs.strip_article(header.name)
    multi_day = header.day.first != header.day.last
    event_id = make_event_id(name, str(day.year) if multi_day else day.isoformat())
    facts.entity("Event", event_id, name, header.name_span, [], props)
    facts.entity("Event", event_id, name, (header.line.start, header.line.end), [], {}, surface_is_alias=False)
    if main:
        facts.main_header = header
    _place_on_header(facts, header, event_id)
    return event_id


_HEADER_PLACE = re.compile(
    r"^[\s(]*(?:[A-Z]{3,4}\)?)?\s*[,\-|–(]\s*(?:(?:à|a|in|en)\s+)?(?P<place>" + TOWN_NAME_PATTERN + r")\s*\)?[\s.*]*$"
)


def _place_on_header(facts: DocumentFacts, header: Header, event_id: str) -> None:
    """ "Africities Summit: 17-21 May 2022, Kisumu": the city after the date is where it is held."""
    line = header.line
    after = header.time.end if header.time else header.day.end
    m = _HEADER_PLACE.match(line.text[after:])
    if m and not dates.TZ.fullmatch(m.group("place")):
        start = line.start + after + m.start("place")
        city = add_city(facts, (start, start + len(m.group("place"))), min_score=0.7)
    else:  # "18 October 2023 | 09:30 – 12:30 (GMT+1) | Chefchaouen, Morocco | Hybrid"
        city = None
        for field in re.finditer(r"\|\s*([A-ZÀ-Þ][\w'’ -]+?)\s*(?:,[^|]*)?(?=\||$)", line.text[after:]):
            start = line.start + after + field.start(1)
            city = add_city(facts, (start, start + len(field.group(1))), min_score=0.7)
            if city:
                break
    skip, field, _ = _after_date(header)
    inside = None if city else _IN_PLACE.match(field)  # "Held on 12 March 2024 in Ghent, Belgium"
    if inside:
        start = line.start + skip + inside.start("place")
        city = add_city(facts, (start, start + len(inside.group("place"))), min_score=0.7)
    venue = _VENUE_CITY.match(field)
    if not city and venue and _VENUE_HEAD.match(field.strip(" ,.()*–—-")):  # "12 mai – Salle des fêtes, Rumilly"
        start = line.start + skip + venue.start("place")
        city = add_city(facts, (start, start + len(venue.group("place"))), min_score=0.7)
    label = _PROGRAMME_LABEL.match(line.text[: header.day.start])  # "Programme — Mombasa, Kenya, 9 October 2025"
    skip_label = label.end() if label else 0
    before = _dateline_place(line.text[skip_label : header.day.start])
    if not city and before:  # "Mombasa, Kenya, 9 October 2025": the place before the date
        start = line.start + skip_label + before.start("place")
        city = add_city(facts, (start, start + len(before.group("place"))), min_score=0.7)
    if not city and _PLACE_LABEL.match(line.text):  # "Lieu : Hôtel de Ville de Bordeaux — 6 juin"
        city = _venue_town(facts, line.start, line.text[: header.day.start])
    if not city and header.place_span:  # "12 March 2024: Bureau meeting, Vienna"
        city = add_city(facts, header.place_span, min_score=0.7)
    closing = not city and header.named_by == "line" and _CLOSING_PLACE.search(line.text[: header.day.start])
    if closing:  # "Cumbre de Alcaldes, Cartagena de Indias, 5 de noviembre": the place between name and date
        start = line.start + closing.start("place")
        city = add_city(facts, (start, start + len(closing.group("place"))), min_score=0.7)
    if city:
        facts.relate("HELD_IN", event_id, city, trim(facts.view, line.start, line.end))


# "... de Bordeaux", "..., Ghent" ending a venue's line: the town it is in
_VENUE_TOWN = re.compile(r"(?:\s(?:de|of|del|du|d['’])\s+|,\s*)(?P<place>" + TOWN_NAME_PATTERN + r")[\s–—|,-]*$")


def _venue_town(facts: DocumentFacts, line_start: int, text: str) -> str | None:
    """The town a labelled venue names last ("Lieu : Hôtel de Ville de Bordeaux", "Venue: City Hall, Ghent")."""
    town = _VENUE_TOWN.search(text)
    if not town:
        return None
    start = line_start + town.start("place")
    return add_city(facts, (start, start + len(town.group("place"))), min_score=0.8)


_CLOSING_PLACE = re.compile(
    r"(?:,|[ \t][–—-])\s*(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ -](?:de |del )?[A-ZÀ-Þ][\w'’-]+){0,3})\s*,?\s*$"
)


def _prose_dated_event(facts: DocumentFacts) -> tuple[dates.DateSpan, tuple[int, int], str] | None:
    """ "Du 15 au 22 février 2021 s'est déroulée la septième édition du Séminaire de CGLU"."""
    view = facts.view
    for day in dates.find_dates(view[:3000]):
        line_start = view.rfind("\n", 0, day.start) + 1
        if (
            PUBLISHED.search(view, line_start, day.start) or _STAMP_LINE.match(view, line_start)
            or facts.context.furniture_at(line_start) in NO_EVENT_DATE  # x-clean
        ):  # fmt: skip
            continue  # "Published on 12 December 2022", "By Jane Roe | 4 May": the page's date, not an event's
        dated = _beyond_dateline(view, line_start, day)
        if dated is None:
            continue  # "London, 3 March — The Bureau will meet in Bogotá": announced, undated
        lead = _DATELINE_DASH.match(view, day.end)  # "Quito, 7 de febrero de 2024.- El Comité ...": past the dash
        begin = lead.end() if lead else day.end
        sentence_end = view.find(".", begin)  # a date alone on its line dates the paragraph below
        sentence = view[begin : sentence_end if sentence_end > 0 else begin + 300]
        m = next((m for m in _EVENT_NAME.finditer(sentence) if not _in_venue(view, begin + m.start())), None)
        if not m:
            meeting = _body_met(facts, begin, begin + len(sentence))
            if meeting:
                return dated, *meeting
            continue
        start = _modifiers_before(view, begin + m.start(), facts.language)
        name, end = _event_tail(view, start, begin + m.end())
        return dated, (start, end), name
    return None


_VENUE_NOUN = lexicon.word_class("venue_nouns")


def _in_venue(view: str, at: int) -> bool:
    """Whether the event noun at ``at`` is part of a venue's name ("Conference Room 12", "salle de conférence")."""
    return any(v.start() <= at < v.end() for v in _VENUE_NOUN.finditer(view, max(0, at - 20), at + 30))


# "Florence, September 25, 2023 – ...": a place and a date opening a news story, then a dash
_DATELINE_PLACE = re.compile(
    r"[\s*#]*[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,2},[ \t]*(?:(?:le|el|the|on)[ \t]+)?"
    + dates.WEEKDAY.replace("(?:", "(?:(?i:", 1).replace(")", "),?[ \t]+)?", 1)
)  # "Paris, le 3 mars 2024", "Madrid, martes 5 de marzo de 2024"
_DATELINE_DASH = re.compile(r"[ \t]*\.?[ \t]*[-|–—][ \t]")  # "Quito, 7 de febrero de 2024.- El Comité"
_DATELINE_ALONE = re.compile(r"[ \t.]*\n\s*(?=\S)")


def _beyond_dateline(view: str, line_start: int, day: dates.DateSpan) -> dates.DateSpan | None:
    """A press dateline dates the story, not the event it reports: the event's own day is the first
    date its paragraph gives, read in the dateline's year ("scheduled September 29 and 30")."""
    if not _DATELINE_PLACE.fullmatch(view, line_start, day.start):
        return day
    # "Vienna, 7 February 2024" alone on its line: the story is the paragraph below it
    after = _DATELINE_DASH.match(view, day.end) or _DATELINE_ALONE.match(view, day.end)
    if not after:
        return day
    paragraph_end = view.find("\n\n", after.end())
    paragraph_end = paragraph_end if paragraph_end > 0 else min(len(view), day.end + 1500)
    text = view[day.end : paragraph_end]
    found = sorted([*dates.find_dates(text), *dates.find_partial_dates(text, day.first.year)], key=lambda d: d.start)
    if not found:  # an event the story announces for later has no day yet: not the dateline's
        return None if meetings.FUTURE.search(text, 0, view.find(".", day.end) - day.end) else day
    own = found[0]
    return dates.DateSpan(own.start + day.end, own.end + day.end, own.first, own.last)


# "le Conseil politique ... s'est réuni", "the Executive Bureau met", "el Consejo se reunió"
_MET = re.compile(r"[\s,]*" + lexicon.words_re("met_verbs") + r"\b", re.I)


def _implied_name(facts: DocumentFacts, kind: str, subject: str) -> str:
    """The name of an event the text implies without naming it (lang/*.yaml "event_names")."""
    template = (lexicon.table("event_names", facts.language).get(kind) or lexicon.table("event_names", "en")[kind])[0]
    return template.format(subject)


# "The Council met in Manila": a body named again by its head noun alone.
_BARE_BODY = re.compile(
    r"(?<![\w-])(?:the|this|its|le|la|l['’]|ce|cette|el|este|esta)\s*(?P<noun>"
    + lexicon.words_re("council_nouns")
    + r")(?="
    + _MET.pattern
    + ")",
    re.I,
)


def _body_met(facts: DocumentFacts, start: int, end: int) -> tuple[tuple[int, int], str] | None:
    """A known body that meets on the date: its meeting is the event (span: the body's name, or
    its head noun alone when the page names one body of that noun)."""
    for body_start, body_end in sorted(facts.org_spans):
        if start <= body_start and body_end <= end and _MET.match(facts.view, body_end):
            return (body_start, body_end), _meeting_of(facts, facts.surface(body_start, body_end))
    for bare in _BARE_BODY.finditer(facts.view, start, end):
        body = _only_body_of(facts, bare.group("noun"))
        if body:
            return bare.span("noun"), _meeting_of(facts, body)
    return None


def _meeting_of(facts: DocumentFacts, body: str) -> str:
    return _implied_name(facts, "meeting", body)


def _only_body_of(facts: DocumentFacts, noun: str) -> str | None:
    """The one body the page names with this head noun (written longer or shorter), else None."""
    bodies = {e.name for e in facts.entities.values() if e.kind in ("Council", "Organisation")}
    written = {facts.surface(s, e) for s, e in facts.org_spans}
    names = sorted((name for name in written & bodies if noun.lower() in name.lower()), key=len)
    return names[0] if names and all(names[0] in name for name in names) else None


# "The meeting was chaired by ...": a bare meeting noun opening a sentence names the page's meeting
_BARE_MEETING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:the|la|le|el|this|cette|esta)\s+(?:"
    + lexicon.words_re("meeting_nouns")
    + r")(?=\s+(?!de\b|del\b|of\b|du\b|des\b)\w)",
    re.I | re.M,
)


def _undated_body_met(facts: DocumentFacts, limit: int = 1500) -> str | None:
    """ "The organising committee met in Santo Domingo", "El comité ejecutivo se ha reunido en
    Quito": with no dated event, the meeting of a body the opening prose says met is the page's
    event, organised by that body; the bare "the meeting" that later opens a sentence is its alias."""
    meeting = _body_met(facts, 0, min(limit, len(facts.view)))
    if meeting is None:
        return None
    span, name = meeting
    day = _met_day(facts, span, min(limit, len(facts.view)))
    props = {"start": day.first.isoformat(), "end": day.last.isoformat()} if day else {}
    event_id = make_event_id(name, day.first.isoformat() if day else None)
    facts.entity("Event", event_id, name, span, [], props, surface_is_alias=False)
    bare = _BARE_MEETING.search(facts.view, span[1])
    if bare:
        facts.entity("Event", event_id, name, bare.span())
    _body_organises(facts, event_id, span)
    _organisers(facts, event_id)
    _place_of_meeting(facts, event_id, span)
    return event_id


def bodies_met(facts: DocumentFacts) -> None:
    """ "The Board of Directors met in Paris on 12 December 2023": each sentence of a report saying a
    body met (after the page's own event) is that body's meeting, organised by it, dated and placed
    by the sentence."""
    known = {s for i, s in facts.first_span.items() if facts.entities[i].kind == "Event"}
    year = meetings.page_year(facts)
    for sentence in facts.context.sentences:
        found = _body_met(facts, *sentence)
        if found is None or found[0] in known:
            continue
        span, name = found
        text = facts.view[span[1] : sentence[1]]
        day = next(iter(dates.find_dates(text) or (dates.find_partial_dates(text, year) if year else [])), None)
        if day is None:
            continue  # "the Bureau met regularly": no meeting of its own
        event_id = make_event_id(name, day.first.isoformat())
        props = {"start": day.first.isoformat(), "end": day.last.isoformat()}
        facts.entity("Event", event_id, name, span, [], props, surface_is_alias=False)
        body = add_org(facts, span)
        if facts.entities[body].kind in ("Organisation", "Section", "Council"):
            facts.relate("ORGANISED_BY", event_id, body, trim(facts.view, *sentence), role="organiser")
        _place_of_meeting(facts, event_id, span)


def _met_day(facts: DocumentFacts, span: tuple[int, int], limit: int) -> dates.DateSpan | None:
    """The date of the sentence that says the body met ("s'est réuni les 20 et 21 avril 2022"), or
    of the next one saying it again (a title names the meeting, the first paragraph dates it)."""
    for _ in range(3):
        sentence = facts.context.sentence_at(span[0]) or span
        day = next(iter(dates.find_dates(facts.view[span[1] : sentence[1]])), None)
        again = day is None and _body_met(facts, sentence[1], limit)
        if not again:
            return day
        span = again[0]
    return None


def _place_of_meeting(facts: DocumentFacts, event_id: str, span: tuple[int, int]) -> None:
    """The city right after the met verb ("se reunió en Quito")."""
    sentence = facts.context.sentence_at(span[0]) or span
    place = re.compile(
        r"[\s,]*"
        + lexicon.words_re("met_verbs")
        + r"(?:[^.;:\n]{0,60}?[\s,])?\s*(?:in|at|à|a|en)\s+(?P<city>(?-i:"
        + TOWN_NAME_PATTERN
        + r"))",
        re.I,
    ).match(facts.view, span[1], sentence[1])
    if place:
        city = add_city(facts, place.span("city"), min_score=0.7)
        if city:
            facts.relate("HELD_IN", event_id, city, trim(facts.view, span[0], place.end()))


# "gathered in Marrakech for the ...", "se sont réunis à Lyon", "reunidos en Bogotá"
_GATHERED_IN = re.compile(
    r"\b(?i:" + lexicon.words_re("held_in_verbs") + r")\s+(?:in|at|à|a|en)\s+"  # "Réunis à Lyon" opens a sentence
    r"(?P<city>" + TOWN_NAME_PATTERN + r")"
)


# "Réunis à Lyon le 3 mars 2023, les maires ont adopté ...": a sentence opening with where people met
_GATHERED_OPENING = re.compile(r"(?:^|(?<=[.!?]\s))[ \t]*" + _GATHERED_IN.pattern, re.M)
# "La rencontre était organisée par ...": a bare meeting noun opening a sentence names the meeting again
_BARE_GATHERING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:the|la|le|l['’]|el|this|cette|ce|esta|este)\s*(?:"
    + lexicon.words_re("meeting_heads")
    + r")(?![\w-])",
    re.I | re.M,
)


def _gathered(facts: DocumentFacts, limit: int = 1500) -> str | None:
    """With no event named, a dated sentence that opens saying where people met ("Réunis à Lyon le
    3 mars 2023, les maires ...", "Gathered in Accra on 4 May, ...") is the page's meeting, held
    in that city; a bare "la rencontre" opening a later sentence is its alias."""
    view = facts.view
    for m in _GATHERED_OPENING.finditer(view, 0, min(limit, len(view))):
        sentence = facts.context.sentence_at(m.start()) or (m.start(), m.end())
        day = next(iter(dates.find_dates(view[m.end() : sentence[1]])), None)
        city = day and add_city(facts, m.span("city"), min_score=0.7)
        if not city:
            continue
        name = _implied_name(facts, "gathering", facts.entities[city].name)
        event_id = _page_event(facts, name, day, trim(view, m.start(), m.end()), _BARE_GATHERING, sentence[1])
        facts.relate("HELD_IN", event_id, city, trim(view, m.start(), m.end()))
        return event_id
    return None


# "Le maire de X en visite à Bordeaux", "a été reçue à Vienne": a visit to the city after the cue
_VISIT_TO = re.compile(
    r"(?<![\w-])(?i:" + lexicon.words_re("visit_cues") + r")[ \t]+(?:(?:à|a|in|en|to)[ \t]+)?"
    r"(?P<city>" + TOWN_NAME_PATTERN + r")"
)
# "La visite s'est achevée par ...": the visit named again
_BARE_VISIT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:the|la|el|this|cette|esta)[ \t]+(?:" + lexicon.words_re("visit_nouns") + r")(?![\w-])",
    re.I | re.M,
)
_TITLED_VISIT = re.compile(r"[\s#*]*(?:" + lexicon.words_re("visit_nouns") + r")\b", re.I)


def _visited(facts: DocumentFacts, limit: int = 1500) -> str | None:
    """With no event named, a page whose opening says someone visits a city ("La mairesse de Montréal
    en visite à Bordeaux", "was received in Vienne") is about that visit: an Event named after the
    city, dated by its sentence, a later "La visite" its alias (who visits: :func:`body_meetings.visits`)."""
    view = facts.view
    if any(_TITLED_VISIT.match(line.text) for line in facts.context.lines[:4]):
        return None  # "Visite officielle de la délégation de X": the title names the visit (events.named_events)
    for m in _VISIT_TO.finditer(view, 0, min(limit, len(view))):
        city = add_city(facts, m.span("city"), min_score=0.7)
        if not city:
            continue
        sentence = facts.context.sentence_at(m.start()) or (m.start(), m.end())
        day = next(iter(dates.find_dates(view[sentence[0] : sentence[1]])), None)
        name = _implied_name(facts, "visit", clean(m.group("city")))  # the city as written
        return _page_event(facts, name, day, trim(view, m.start(), m.end()), _BARE_VISIT, m.end())
    return None


def _page_event(
    facts: DocumentFacts, name: str, day: dates.DateSpan | None, span: tuple[int, int], bare: re.Pattern, after: int
) -> str:
    """The event a page is about though the text names it only by what happened (people gathered,
    a visit): named ``name``, dated by ``day``, and the first ``bare`` noun ("la rencontre", "the
    visit") after ``after`` another mention of it."""
    props = {"start": day.first.isoformat(), "end": day.last.isoformat()} if day else {}
    event_id = make_event_id(name, day.first.isoformat() if day else None)
    facts.entity("Event", event_id, name, span, [], props, surface_is_alias=False)
    again = bare.search(facts.view, after)
    if again:
        facts.entity("Event", event_id, name, trim(facts.view, *again.span()))
    return event_id


def _body_organises(facts: DocumentFacts, event_id: str, span: tuple[int, int]) -> bool:
    """The body named at ``span`` (the subject of "met") organises its own meeting; whether a body is there."""
    if span not in facts.org_spans and span not in facts.bodies:
        return False
    body = add_org(facts, span)
    if facts.entities[body].kind in ("Organisation", "Section", "Council"):
        facts.relate("ORGANISED_BY", event_id, body, span, role="organiser")
    return True


def _add_prose_event(facts: DocumentFacts, day: dates.DateSpan, span: tuple[int, int], name: str) -> str:
    props = {"start": day.first.isoformat(), "end": day.last.isoformat()}
    if (fmt := _format(facts.view)) is not None:
        props["format"] = fmt
    event_id = make_event_id(name, day.first.isoformat())
    facts.entity("Event", event_id, name, span, [], props)
    if _body_organises(facts, event_id, span):  # "The Committee on Culture will hold its next meeting"
        _place_of_meeting(facts, event_id, span)
    view = facts.view
    ends = [i for i in (view.find(".", span[1]), view.find("\n", span[1])) if i > 0]
    sentence = (view.rfind("\n", 0, day.start) + 1, min(ends) if ends else len(view))
    place = _GATHERED_IN.search(view, *sentence)
    if place:
        city = add_city(facts, (place.start("city"), place.end("city")), min_score=0.7)
        if city:
            facts.relate("HELD_IN", event_id, city, trim(view, day.start, sentence[1]))
    _dateline_city(facts, event_id, day, sentence)
    return event_id


_DATELINE_CITY = re.compile(r"[\s*#]*(?P<place>" + TOWN_NAME_PATTERN + r")[ \t]*,")
_PLACE_NAMED = re.compile(r"(?<![\w'’-])(?:in|at|à|en|a)[ \t]+(?-i:[A-ZÀ-Þ])")


def _dateline_city(facts: DocumentFacts, event_id: str, day: dates.DateSpan, sentence: tuple[int, int]) -> None:
    """ "Vienna, 7 February 2024 – The Bureau met today at the City Hall": an event dated by the
    dateline itself (reported the day it was held) is held where the dateline was written, unless
    the story names a place for it."""
    view = facts.view
    line_start = facts.context.line_at(day.start).start
    if not _DATELINE_PLACE.fullmatch(view, line_start, day.start) or not _DATELINE_DASH.match(view, day.end):
        return
    if any(r.type == "HELD_IN" and r.source == event_id for r in facts.relations.values()):
        return
    if _PLACE_NAMED.search(view, day.end, sentence[1]):
        return  # "– The Bureau met today in Graz": the story's place
    m = _DATELINE_CITY.match(view, line_start, day.start)
    city = m and add_city(facts, m.span("place"), min_score=0.7)
    if city:
        facts.relate("HELD_IN", event_id, city, trim(view, line_start, day.end))


_NOT_MODIFIER = re.compile(
    r"^(?:the|a|an|in|on|at|for|of|to|by|with|from|this|that|its|their|our|and|or|during|after|before)$", re.I
)


_RANK_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))(?:" + meetings.RANK + "|" + ORDINALS + r")\s+$", re.I)


def _modifiers_before(view: str, start: int, language: str) -> int:
    """ "the Mayors Dialogue on Human Mobility": in English the capitalised words before the
    head word belong to the name (up to three); in French and Spanish a rank ("troisième Congrès
    mondial", "XVI Asamblea")."""
    if language != "en":
        rank = _RANK_BEFORE.search(view, max(0, start - 20), start)
        return rank.start() if rank else start
    for _ in range(3):
        # a modifier stands on the name's line: "PROGRAMME" above "Global Forum 2026" is no part of it
        # "the 2026 Forum": a year before the head names the edition (x-events)
        m = re.search(r"(?:^|(?<=[\s(\"“]))([A-Z][\w&’'-]*|(?:19|20)\d\d)[ \t]+$", view[max(0, start - 40) : start])
        if not m or _NOT_MODIFIER.match(m.group(1)):
            break
        start = start - (len(view[max(0, start - 40) : start]) - m.start(1))
    return start


def _parallel(tokens: list[re.Match], i: int) -> bool:
    """ "Sommet des régions et des villes": the conjunction at ``i`` joins two complements of one name,
    each after the same preposition."""
    if i < 2 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 2].group(0).lower(), tokens[i + 1].group(0).lower()
    # French plural and partitive only: "de ... y de" in Spanish keeps its place after the name
    # ("Cumbre de Alcaldes y de Gobernadores en Arequipa"), which the name would then swallow
    return before == after and before in ("des", "du")


def _event_tail(view: str, start: int, end: int) -> tuple[str, int]:
    """Cut a candidate event name where the name ends (a verb, a new list item, a clause)."""
    tokens = list(re.finditer(r"\S+", view[start:end]))
    keep = 1
    for i, token in enumerate(tokens[1:], start=1):
        word = token.group(0)
        if _PAST_VERB.match(word) and re.match(r"[A-ZÀ-Þ\d]", tokens[i - 1].group(0)):
            break  # "the General Assembly welcomed Lviv": a verb after the name (x-events)
        if _TAIL_STOP.match(word):
            if (
                word.lower() in ("et", "and", "y")
                and i + 1 < len(tokens)
                and (_KEEP_AFTER_AND.match(tokens[i + 1].group(0)) or _parallel(tokens, i))
            ):
                continue
            if word.lower() in ("à", "a", "en") and i + 1 < len(tokens) and tokens[i + 1].group(0)[:1].isupper():
                continue
            break
        keep = i + 1
    last = tokens[keep - 1]
    while keep > 1 and fold(tokens[keep - 1].group(0)) in CONNECTORS:
        keep -= 1
        last = tokens[keep - 1]
    stop = start + last.end()
    return clean(view[start:stop]), stop


@lru_cache(maxsize=1024)  # long to compile, and the many per-name patterns crowd it out of re's own cache
def _series_pattern(name: str) -> re.Pattern[str]:
    return re.compile(
        _ORDINAL.pattern + r"(?:[\s*_]*(?:les|the|los|las)\s+)?[\s*_]*(?P<series>" + loose(name) + r")", re.I
    )


def _series(facts: DocumentFacts, main_id: str | None) -> None:
    """ "Le premier des dialogues X" / "the first session of X": the main event is a session of X."""
    if not main_id:
        return
    view = facts.view
    main = facts.entities[main_id]
    name = orgs.strip_article(main.name)
    m = _series_pattern(name).search(view)
    if not m:
        return
    series_id = make_event_id(name)
    if series_id == main_id:
        return
    facts.entity(
        "Event", series_id, name, (m.start("series"), m.end("series")), list(main.aliases), {"event_type": "series"}
    )
    session_span = (m.start(), m.end())
    ordinal_phrase = facts.surface(*session_span)
    main.name = ordinal_phrase[0].upper() + ordinal_phrase[1:]
    main.aliases = [a for a in main.aliases if fold(orgs.strip_article(a)) != fold(name)]
    facts.entity("Event", main_id, main.name, session_span, [], {"event_type": "session"})
    facts.relate("PART_OF", main_id, series_id, session_span)


COUNCIL_WORDS = re.compile(lexicon.words_re("council_heads") + r"\b", re.I)


def _organisers(facts: DocumentFacts, main_id: str | None) -> None:
    """The main event and its series are organised by a body their name names ("dialogues de CGLU",
    "Meeting of the Policy Council on ...")."""
    ids = [main_id] + [r.target for r in facts.relations.values() if r.type == "PART_OF" and r.source == main_id]
    for event_id in filter(None, ids):
        event = facts.entities[event_id]
        if event.props.get("event_type") != "series" and event_id != main_id:
            continue
        span = facts.first_span[event_id]
        for start, end in facts.org_spans:
            named = facts.view[start:end]
            # an acronym ("de CGLU") or a council's name; words that merely read like a body's name
            # ("Foro de Alcaldes por la Paz") do not make it the organiser
            if span[0] <= start and end <= span[1] and (orgs.is_acronym(named) or COUNCIL_WORDS.match(named)):
                org_id = add_org(facts, (start, end))
                if not meetings.body_meets(facts, span, (start, end), org_id):
                    break
                if facts.entities[org_id].kind in ("Organisation", "Section", "Council"):
                    facts.relate("ORGANISED_BY", event_id, org_id, span, role="organiser")
                break


# What stands between a slot's time and its title in a programme's time column ("09:30 · Opening",
# "10 h 30 — Accueil", "12.00 h  Mesa 1 | ...", "14:00 | Panel")
_SLOT_SEPARATOR = r"[ \t]*(?:[:\-–—·•|][ \t]*)?"
_SLOT_SEPARATOR_RE = re.compile(_SLOT_SEPARATOR)
# "9h30", "9:30", "10 h 30", "9.30 h": a start time, its optional "h" after the minutes, then the separator
_START_TIME = re.compile(
    r"(?P<h>[0-2]?\d)\s*[hH:.]\s*(?P<m>[0-5]\d)?(?:[ \t]*[hH]\b)?" + _SLOT_SEPARATOR + r"(?=[^\W\d_])"
)
# "Atelier pratique 1 : Arts plastiques", "Session 2: Financing", "Panel de alcaldes": a session heading
_SESSION_LABEL = r"(?:\d{1,2}|[A-Z]|[IVX]{1,4})"  # "Atelier 3", "Session B", "Panel IV"
_SESSION_HEADING = re.compile(
    r"(?:" + lexicon.words_re("session_qualifiers") + r"[ \t]+)?"  # "Opening session", "High-level panel"
    r"(?P<head>" + lexicon.words_re("session_heads") + r")\b(?:[^\n:]{0,40}?(?:\s\d{1,2}|\s[IVX]{1,4})?\s*(?::|$)"
    r"|[ \t]+(?-i:"
    + _SESSION_LABEL
    + r")[ \t]*[–—|-][ \t]*(?=[^\W\d_]))",  # "Atelier A – a title of any length" (x-attend)
    re.I,
)
# "PLENARY", "PARALLEL SESSION A", "Sesión plenaria", "Séance d'ouverture": a session card's type line, whose
# title is the line under it (x-attend)
_QUALIFIER = r"(?:" + lexicon.words_re("session_qualifiers") + r")"
_TYPE_LINE = re.compile(
    r"[\s#*>_]*(?:" + _QUALIFIER + r"[ \t]+){0,2}(?:" + lexicon.words_re("session_heads") + r")(?:[ \t]+" + _QUALIFIER
    + r"){0,2}(?:[ \t]+(?-i:" + _SESSION_LABEL + r"))?[\s:*_]*(?:\([^()\n]{0,30}\))?[\s*_]*",
    re.I,
)  # fmt: skip
_CONTAINER = re.compile(
    r"^(?:" + lexicon.words_re("session_containers") + r")(?:\s*[-–/]\s*" + lexicon.words_re("session_containers")
    + r")*$",
    re.I,
)  # fmt: skip
Slot = tuple[Line, str, tuple[int, int] | None, str | None]
# "Opening remarks — Jane Roe, Mayor of Lyon": a dash between a slot's title and who gives it (x-attend3)
_SLOT_DASH = re.compile(r"[ \t]+[-—–][ \t]+(?:(?i:" + lexicon.words_re("honorifics") + r")\.?[ \t]+)?(?=[A-ZÀ-Þ])")


_SLOT_NOT_NAME = re.compile(r"\b(?:" + EVENT_HEADS + r")\b|\w['’](?!\w)")  # "Mayors' Roundtable"; "O'Brien" is a name


def slot_dash(view: str, start: int, end: int) -> re.Match | None:
    """The dash after a slot's title when a person's name follows it ("2:45 Bienvenida — Ana Gil, secretaria"),
    its end where the name starts; None when the dash is the title's own ("Lyon - Porto: ...")."""
    for m in _SLOT_DASH.finditer(view, start, end):
        names = people_in(view, m.end(), min(end, m.end() + 80))
        if not names or names[0][0] != m.end():
            continue
        name, after = view[names[0][0] : names[0][1]], view[names[0][1] : end].lstrip()
        # the name ends the line or an office follows it: "Session 4 — Mayors' Roundtable: X" is a title
        if (not after or after[0] in ",(;") and not orgs.lookup_known(name) and not _SLOT_NOT_NAME.search(name):
            return m
    return None


# "9h30 Ouverture officielle par Mme Anne Roux, maire de X": who gives the slot, after its title
SLOT_BY = re.compile(
    r"[ \t]+"
    + lexicon.words_re("slot_by")
    + r"[ \t]+(?=(?:(?i:"
    + lexicon.words_re("honorifics")
    + r")\.?[ \t]+)?[A-ZÀ-Þ])"
)


# A parallel session under its slot: a short label (a letter and number, a room), a bar or colon, a title
_TRACK = re.compile(
    r"[ \t>*•·-]*(?P<label>[A-ZÀ-Þ0-9][\w.]{0,8}(?:[ \t][A-Z0-9][\w.]{0,2})?)[ \t]*[|:][ \t]*(?P<title>[^\W\d_][^\n]{3,})$"
)


def role_cue_after_title(view: str, start: int, end: int) -> re.Match | None:
    """A role cue that ends a slot's title and names who takes it ("Visit of the port, presented by
    A", "Atelier X – animé par B", "Atelier « X » animé par B"): a verb with its "by" after a comma,
    a dash or a quoted title's closing mark, not a word of the title ("Panel: ...")."""
    for cue in roles.CUE.finditer(view, start, end):
        before = view[start : cue.start()].rstrip()
        if before and before[-1] in ',–—-»”"' and re.search(r"(?:by|par|por|de)\s*$", cue.group(0), re.I):
            return cue
    return None


def time_slots(facts: DocumentFacts, main_id: str | None, sessions: bool = False) -> list[Slot]:
    """Agenda time slots and session headings: (line, title, title span, session event id or None).

    With ``sessions``, each titled slot also becomes an Event (a session with its start and
    end) PART_OF the main event, and its id is returned with the slot. Off by default for a
    meeting dated to the hour ("Mercredi 23 février 2022, 11h30-13h00"): its slots are the
    parts of one meeting, whose people attend that meeting. The programme of a larger event (a
    forum over several days, an undated programme) is a set of sessions: each titled slot or
    session heading ("Atelier 2 : ...", "Session 1: ...") is a session PART_OF the main event,
    dated by the day heading above it, and the people listed under it attend it. A slot nobody
    is listed under (a break, "Mise en place") is pruned after the agenda is read
    (:func:`prune_empty_sessions`).
    """
    view = facts.view
    found: list[Slot] = []
    main_header = facts.main_header
    programme = not sessions and not (main_header and main_header.time) and not _one_online_day(facts, main_id)
    day: dates.DateSpan | None = None
    parallel: tuple[dt.time | None, dt.time | None] | None = None  # the times of a "Parallel sessions" slot above
    covered = 0  # where the last slot's title ends: a title's own lines are no slots (x-attend)
    for i, line in enumerate(facts.context.lines):
        day = _day_heading(line, meetings.page_year(facts)) or day
        if line.start < covered:
            continue
        slot = _slot(facts, i, line, programme)
        track = _TRACK.match(line.text) if slot is None and parallel and programme else None
        track = None if track and roles.CUE.match(track.group("label") + ":") else track  # "Chair: A", "Speakers: B"
        if track:  # "A1 | Heat-proof streets", "Sala B | Agua" under "10:30–12:00 Parallel sessions"
            s, e = trim(view, line.start + track.start("title"), line.end)
            slot = (line.start + track.start("label"), e, *parallel)
        if slot is None:
            continue
        s, e, begin, finish = slot
        covered = e
        if not track:
            parallel = (begin, finish) if e > s and _CONTAINER.match(facts.surface(s, e)) else None
        title = facts.surface(s, e) if e > s else ""
        session_id = None
        if sessions and main_id and main_header and title and begin and finish:
            day_of, offset = main_header.day.first, main_header.offset
            props = {
                "start": dates.iso(day_of, begin, offset),
                "end": dates.iso(day_of, finish, offset),
                "event_type": "session",
            }
            session_id = f"{main_id}-{begin.strftime('%H%M')}"
            facts.entity("Event", session_id, title, (s, e), [], props)
            facts.relate("PART_OF", session_id, main_id, trim(view, line.start, max(line.end, e)))
        elif programme and title and not _CONTAINER.match(title) and len(re.findall(r"[^\W\d_]{3,}", title)):
            session_id = _session(facts, main_id, (s, e), line, day, begin, finish)
        found.append((line, title, (s, e) if e > s else None, session_id))
    return found


def _one_online_day(facts: DocumentFacts, main_id: str | None) -> bool:
    """An online event of one day (a webinar): its programme is the order of one meeting, whose
    people attend it, as a meeting dated to the hour."""
    props = facts.entities[main_id].props if main_id in facts.entities else {}
    online = "online" in (props.get("format") or "")
    return online and len(props.get("start", "")) >= 10 and props.get("start", "")[:10] == props.get("end", "")[:10]


def _day_heading(line: Line, year: int | None = None) -> dates.DateSpan | None:
    """ "Samedi 25 octobre 2025": a line that is a single day dates the slots below it; "Tuesday 10 June",
    its weekday written, in the page's ``year`` (x-dates2)."""
    if len(line.stripped) > 40:
        return None
    if not re.search(r"(?:19|20)\d\d", line.text):
        weekday = _WEEKDAY_LEAD.match(line.text)
        found = dates.find_partial_dates(line.text, year) if weekday and year else []
        alone = len(found) == 1 and found[0].start <= weekday.end() and not line.text[found[0].end :].strip(" \t*#:.")
        if not (alone and found[0].first == found[0].last):
            return None
        day = dates.year_of_weekday(weekday.group("weekday"), found[0].first, year)
        return dates.DateSpan(found[0].start, found[0].end, day, day)
    found = dates.find_dates(line.text)
    if len(found) == 1 and found[0].first == found[0].last:
        return found[0]
    return None


_WEEKDAY_LEAD = re.compile(r"[\s#*>_-]*(?P<weekday>(?i:" + dates.WEEKDAY + r"))[\s,.]*")


def _slot(
    facts: DocumentFacts, i: int, line: Line, programme: bool
) -> tuple[int, int, dt.time | None, dt.time | None] | None:
    """The title span and times of a slot line ("14h40-15h25 - Title", in a programme also
    "16H00 : Allocutions" and a session heading), or None."""
    view, all_lines = facts.view, facts.context.lines
    lead = len(_LEAD.match(line.text).group(0))
    slot = dates.TIME_RANGE.match(line.text, lead)
    begin = finish = None
    if slot and not dates.find_dates(line.text) and re.search(r"[hH:]", slot.group(0)):
        time = dates.find_time_range(line.text[lead:])
        if not time:
            return None
        begin, finish = time.begin, time.finish
        title_at = _SLOT_SEPARATOR_RE.match(line.text, slot.end()).end()  # "09:00–10:30 · Title"
    elif programme and (single := _START_TIME.match(line.text, lead)) and re.search(r"[hH:]", single.group(0)):
        begin, title_at = dt.time(int(single["h"]) % 24, int(single["m"] or 0)), single.end()
    elif programme and _SESSION_HEADING.match(line.text, lead) and len(line.stripped) <= 90:
        title_at = lead
    else:
        return None
    zone = dates.TZ.match(line.text, title_at + len(line.text[title_at:]) - len(line.text[title_at:].lstrip()))
    if zone:  # "09:00–10:00 CEST  Opening plenary": the time zone is no part of the title
        title_at = _SLOT_SEPARATOR_RE.match(line.text, zone.end()).end()
    s, e = trim(view, line.start + title_at, line.end)
    cue = role_cue_after_title(view, s, e)
    if cue:  # "Visite du centre de tri, présentée par Mme X": the title ends before its role cue
        e = trim(view, s, cue.start())[1]
    by = SLOT_BY.search(view, s, e) or slot_dash(view, s, e)
    if by and by.start() > s:
        e = by.start()  # the title ends where who gives it is named
    if e <= s:  # the title is on the next line
        nxt = next((ln for ln in all_lines[i + 1 : i + 3] if ln.stripped), None)
        if nxt:
            s, e = _card_title(facts, nxt, trim(view, nxt.start + len(_LEAD.match(nxt.text).group(0)), nxt.end))
    return s, e, begin, finish


def _card_title(facts: DocumentFacts, type_line: Line, span: tuple[int, int]) -> tuple[int, int]:
    """A slot's title when its line is a session card's type ("PLENARY") over its title: from the type to the
    end of the title line under it ("PLENARY / Financing the transition" is one session; "Taller B – X" under
    "TALLER" alone), else ``span``. (x-attend)"""
    if not _TYPE_LINE.fullmatch(type_line.text):
        return span
    lines = facts.context.lines
    index = facts.context.line_index(type_line.start)
    title = next((ln for ln in lines[index + 1 : index + 3] if ln.stripped), None)
    if title is None or not _card_title_line(title.stripped):
        return span
    s, e = trim(facts.view, title.start + len(_LEAD.match(title.text).group(0)), title.end)
    return (s if _SESSION_HEADING.match(title.stripped) else span[0]), e


def _card_title_line(text: str) -> bool:
    """A title under a card's type line: words, no field ("Location: X"), role cue, time or sentence."""
    field = re.match(r"[^\W\d_][\w]*(?:[ \t]\w+)?[ \t]?:", text)
    return (
        6 <= len(text) <= 150
        and len(re.findall(r"[^\W\d_]{3,}", text)) >= 2
        and not text.endswith(".")
        and not dates.TIME_RANGE.match(text)
        and not roles.CUE.match(text + ":")
        and not (field and not _SESSION_HEADING.match(text))  # "Workshop: Building X" is a title, "Location: Y" no
    )


def _session(
    facts: DocumentFacts,
    main_id: str | None,
    span: tuple[int, int],
    line: Line,
    day: dates.DateSpan | None,
    begin: dt.time | None,
    finish: dt.time | None,
) -> str:
    """A session of a programme: an Event PART_OF the main event (when there is one)."""
    title = facts.surface(*span)
    props: dict[str, str] = {"event_type": "session"}
    if day:
        props["start"] = dates.iso(day.first, begin)
        props["end"] = dates.iso(day.first, finish or begin)
    # a session is one of its event's: "Ouverture" of two forums are two sessions
    session_id = f"{main_id}-{slug(title)[:40].strip('-')}" if main_id else make_event_id(title)
    facts.entity("Event", session_id, title, span, [], props)
    if main_id:
        facts.relate("PART_OF", session_id, main_id, trim(facts.view, line.start, max(line.end, span[1])))
    facts.programme_sessions.add(session_id)
    return session_id


# "Coffee break", "Pause café et réseautage (salle B)", "Almuerzo": a pause in a programme (lang/*.yaml
# "programme_breaks"), alone or joined to another, perhaps with a note in brackets
_BREAK = re.compile(
    r"[\W_]*(?i:" + lexicon.words_re("programme_breaks") + r")(?:" + lexicon.list_joint(",;/&+–-")
    + r"(?i:" + lexicon.words_re("programme_breaks") + r"))*[\s.*]*(?:\([^()]*\))?[\s.*]*"
)  # fmt: skip


def prune_empty_sessions(facts: DocumentFacts) -> None:
    """A programme slot nobody attends that is a break ("Lunch", "Pause café", "Mise en place") or
    whose title is no more than a word is no session: drop it. In the programme of an event of
    several days (a congress, a visit) a titled slot nobody is listed under ("Technical visit to
    the port", "Board meeting (closed)") is still a part of it; in a one-day event's (a webinar's)
    it is only a moment of that event."""
    attended = {r.target for r in facts.relations.values() if r.type == "ATTENDED"}
    parents = {r.source: r.target for r in facts.relations.values() if r.type == "PART_OF"}
    for session_id in facts.programme_sessions - attended:
        title = facts.entities[session_id].name
        titled = len(re.findall(r"[^\W\d_]{3,}", title)) >= 2 and not _BREAK.fullmatch(title)
        if titled and _days(facts, parents.get(session_id)):
            continue
        facts.forget(session_id)
        for key in [k for k in facts.relations if session_id in (k[1], k[2])]:
            del facts.relations[key]


def _days(facts: DocumentFacts, event_id: str | None) -> bool:
    """Whether an event is dated over more than one day."""
    props = facts.entities[event_id].props if event_id in facts.entities else {}
    return props.get("start", "")[:10] != props.get("end", "")[:10] and len(props.get("start", "")) >= 10


def _same_event(a: str, b: str) -> bool:
    """ "Forum des gouvernements locaux 2023" and "Forum des gouvernements locaux" name one
    event in a document; "Forum 2022" and "Forum 2023" do not."""
    (base_a, year_a), (base_b, year_b) = _event_key(a), _event_key(b)
    return base_a == base_b and (year_a is None or year_b is None or year_a == year_b)


_SCOPE_WORDS = lexicon.folded_set("event_scope_words")


def _written_shorter(a: str, b: str) -> bool:
    """ "Feria del Libro de Guadalajara" is "31ª Feria Internacional del Libro de Guadalajara" written
    without its scope word: same last word, and the longer adds only scope words
    (lang/*.yaml "event_scope_words"), so "Cumbre Juvenil de Alcaldes" stays apart from "Cumbre de Alcaldes"."""
    (base_a, year_a), (base_b, year_b) = _event_key(a), _event_key(b)
    if year_a and year_b and year_a != year_b:
        return False
    short, long = sorted((base_a.split(), base_b.split()), key=len)
    if len(short) < 3 or len(short) == len(long) or short[-1] != long[-1]:
        return False
    added, rest = [], iter(short)
    expected = next(rest, None)
    for word in long:
        if word == expected:
            expected = next(rest, None)
        else:
            added.append(word)
    return expected is None and all(word in _SCOPE_WORDS for word in added)


@cache
def _event_key(name: str) -> tuple[str, str | None]:
    """(folded name without its year, the year)."""
    folded = re.sub(
        r"^(?:\d{1,3}(?:e|er|eme|th|st|nd|rd|a|o)?|[ivxlc]{1,7})\s+", "", fold(name)
    )  # "II Asamblea", "31ª Feria" (folded "31a") are "Asamblea", "Feria"
    m = re.search(r"\s+((?:19|20)\d\d)$", folded)
    return (folded[: m.start()], m.group(1)) if m else (folded, None)


def _body_names(facts: DocumentFacts) -> str:
    """The folded names of the bodies read so far, each between spaces and bars."""
    kinds = ("Organisation", "Section", "Council")
    names = "|".join(f" {fold(f)} " for e in facts.entities.values() if e.kind in kinds for f in (e.name, *e.aliases))
    return f"|{names}|"


_OF_OWNER = re.compile(r"(?P<head>\w+)\s+(?:de la|de l['’]|del|de|of the|of|du|de los|des)\s*(?P<owner>\S.*)", re.I)


def _head_of_owner(facts: DocumentFacts, name: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """ "Asamblea de la UCCI": an event noun and the body that owns it, where the page has named
    one event of that head word already; (that event's id, the body's span)."""
    m = _OF_OWNER.fullmatch(name)
    if not m:
        return None
    at = start + m.start("owner")
    body = next(((s, e) for s, e in facts.org_spans if s == at and e == start + len(name)), None)
    if body is None:
        return None
    head = fold(m.group("head"))
    same = [i for i, e in facts.entities.items() if e.kind == "Event" and _event_key(e.name)[0].split()[:1] == [head]]
    return (same[0], body) if len(same) == 1 else None


# "Reunión del Consejo Directivo de la Red en Cartagena", "Annual Meeting of the Board in Durban": a
# meeting named after a body, perhaps with its place
_MEETING_OF_BODY = re.compile(
    r"(?:[\w'-]+\s+)?" + lexicon.words_re("meeting_nouns") + r"\s+(?:of the|of|del|de la|de l['’]|de|du|des)\s+"
    r"(?P<body>.+?)(?:\s+(?:in|en|à|a)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?)?",
    re.I,
)


def _body_meeting_named(facts: DocumentFacts, name: str) -> str | None:
    """The page's meeting of a body ("Reunión: Consejo Directivo"), when ``name`` names a meeting of
    that same body: one event, not two."""
    m = _MEETING_OF_BODY.fullmatch(name)
    if not m:
        return None
    body = fold(m.group("body"))
    meeting = fold(_meeting_of(facts, m.group("body")))
    return next((i for i, e in facts.entities.items() if e.kind == "Event" and fold(e.name) == meeting
                 and any(fold(facts.entities[r.target].name) == body for r in facts.relations.values()
                         if r.type == "ORGANISED_BY" and r.source == i)), None)  # fmt: skip


def named_events(facts: DocumentFacts) -> None:
    """Events named in running text ("le Congrès de CGLU à Daejeon"), and where they are held."""
    view = facts.view
    bodies = sorted(set(facts.org_spans))
    bodies = [span for i, span in enumerate(bodies) if i == 0 or span[0] >= bodies[i - 1][1]]  # no overlaps
    body_names = _body_names(facts)
    position = 0
    while m := _EVENT_NAME.search(view, position):
        start = _modifiers_before(view, m.start(), facts.language)  # "the ICLEI World Congress"
        name, end = _event_tail(view, start, m.end())
        position = max(end, m.start() + 1)
        if cut := _PROGRAMME_WORD.search(name):  # "Forum des maires — Programme": the forum
            name, end = name[: cut.start()], end - (len(name) - cut.start())
        # "Forum on Intermediary Cities" in "the UCLG Forum on Intermediary Cities" is a body read
        # already; a forum read as a partner under its own full name may still be an event too
        key = f" {fold(name)} "
        if len(name.split()) < 2 or orgs.lookup_known(name) or (key in body_names and f"|{key}|" not in body_names):
            continue
        plain = f" {fold(_event_tail(view, m.start(), m.end())[0])} "  # without the modifiers before the head
        if start != m.start() and plain in body_names and f"|{plain}|" not in body_names:
            continue  # "the UCLG Forum on Intermediary Cities": part of a body's name
        if overlaps_any(bodies, m.start(), m.start() + len(m.group("head"))):
            continue
        if re.search(r"[.:]\s*$", view[max(0, start - 3) : start]) is None and name.split()[0].lower() in (
            "dialogue",
            "dialogues",
        ):
            continue
        if cut := _AFTER_PLACE.match(name):  # "Congrès de CGLU à Tanger le mois dernier": the name ends at the place
            name, end = cut.group("name"), end - (len(name) - cut.end("name"))
        place = _PLACE.match(name)
        if place and _VISIT.match(name) and re.search(r"\s(?:de|del|of)\s+\S+$", place.group(0)):
            place = None  # "Visite officielle de la délégation de Maglie": the visitors' city
        event_id = make_event_id(name)
        existing = next(
            (
                i
                for i, e in facts.entities.items()
                if e.kind == "Event"
                and any(
                    _same_event(a, name) or _written_shorter(a, name) or fold(a).startswith(fold(name) + " ")
                    for a in [e.name, *e.aliases]
                )
            ),
            None,
        )
        existing = existing or _body_meeting_named(facts, name)
        owner = None if existing else _head_of_owner(facts, name, start)
        if owner:  # "la Asamblea de la UCCI" after "la XVI Asamblea Plenaria": that assembly, UCCI's
            existing, owner_span = owner
            facts.relate("ORGANISED_BY", existing, add_org(facts, owner_span), (start, end), role="organiser")
        event_id = existing or event_id
        facts.entity("Event", event_id, name, (start, end), [], {})
        if place:
            city_start = start + name.rfind(place.group("city"))
            # "Foro de Paz" is no forum in La Paz: after "de" the city's own name, not a variant
            by_name = 0.85 if re.search(r"\sde\s+\S+$", name) else 0.6
            city = add_city(facts, (city_start, city_start + len(place.group("city"))), min_score=by_name)
            if city:
                facts.relate("HELD_IN", event_id, city, (start, end))
