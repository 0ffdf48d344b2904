"""Page furniture of web pages: the lines a site's text extraction leaves around the content.

A public page as its text comes out carries navigation menus, breadcrumbs, skip links, share and
cookie bars, forms, tags, bylines' publication stamps, photo captions and credits, "read more" links,
related-article lists, reader comments, most-read lists, advert slots and legal footers. They name
cities, people and events that are not the page's facts. :func:`find` marks each such line with its
kind, from the line's shape (short items parted by wide gaps or separators, a block under a heading)
and the cue words of every language (lang/*.yaml ``furniture_cues``):

- :data:`EMPTY` kinds state nothing: the context blanks them in the view (as layout.py blanks a
  PDF's running footers), so no step reads a fact there;
- the other kinds keep their text but are read as what they are: a publication stamp or a related
  headline's date is no event's date, a caption dates and places nothing (events.py).

A cue word inside a sentence is no furniture: a line is furniture when it IS a cue ("Read more →"),
OPENS with a cue of a labelled kind ("Share this:", "Tags:", "Published 3 May"), or is made of cue
items only ("Home   About   News"). Agenda and list pages are made of short lines too: a run of short
lines is a menu only when its items are navigation words.

>>> kinds = find("Home   About us   News   Contact\\nMayor Jane Roe met the Mayor of Lyon.\\nRead more →\\n")
>>> [kind for _, _, kind in kinds]
['menu', 'more']
"""

from __future__ import annotations

import re
from functools import cache

from munigraph.loaders.documents import dates, lexicon
from munigraph.loaders.documents.markup import Line, lines

# Kinds that state nothing of the page's own: blanked in the view.
EMPTY = frozenset(
    {"skip", "menu", "breadcrumb", "share", "cookie", "legal", "tags", "form", "more", "advert", "pagination",
     "comments", "most_read", "address", "contact"}
)  # fmt: skip
# Kinds whose dates are no event's: a publication stamp, a related page's headline, a caption.
NO_EVENT_DATE = frozenset({"stamp", "related", "caption"})
# Kinds whose dates are blanked in the view: another page's publication day ("(12 May 2025)" after a related
# headline: no since, no event day), a photo's day. A stamp keeps its date: it is the page's own (published).
DATELESS = frozenset({"related", "caption"})
_BLOCK_KINDS = ("related", "most_read", "comments", "tags")  # a heading line of these heads the lines under it
_BLOCK_REACH = 12  # lines under a block heading read as its items, at most
# Items of a menu or share bar: parted by a wide gap or a separator sign
_ITEMS = re.compile(r"[ \t]{2,}|\t|[ \t]+[|·•/][ \t]+|[ \t]*[|·•][ \t]*")
_TAG_ITEMS = re.compile(r"[,;·|•]")
_ADDRESS_PARTS = re.compile(r"[ \t]*[,–—·|][ \t]*|[ \t]+-[ \t]+")
_CRUMBS = re.compile(r"[ \t]+[>›»/→][ \t]+")
_ITEM_WORDS = 4  # words of a menu item, at most
_ITEM_CHARS = 32
_BAR_CHARS = 200  # characters of a menu, share, stamp or form line, at most: a longer line is a paragraph
_BANNER_CHARS = 400  # characters of a cookie banner, at most
_LEGAL_CHARS = 300  # characters of a legal footer line, at most
_CUE_CHARS = 60  # characters of a line that is a cue and nothing else ("Read more →", "LO MÁS LEÍDO")
_HEADLINE_WORDS = 30  # words of a related headline or a reader's comment, at most
_RUN_WORDS = 3  # words of a line in a one-item-per-line menu, at most
_PROSE_WORDS = 15  # a line of this many words is content: the page's top zone ends before it
_TOP_LINES = 8  # non-blank lines at the top of a page where a bar of short items is a menu
_TRAIL = r"[\s\W\d]*"  # what may follow a whole-line cue: "Read more →", "Comentarios (3)", "Read bio +"
_LEAD = r"[\s\[(#*>|·•-]*"


@cache
def _cues(kind: str) -> str:
    return lexicon.alternation(lexicon.table("furniture_cues").get(kind, ()))


@cache
def _whole(kind: str) -> re.Pattern[str]:
    """The line is a cue of ``kind`` and nothing else."""
    return re.compile(_LEAD + _cues(kind) + _TRAIL, re.I)


@cache
def _opens(kind: str) -> re.Pattern[str]:
    """The line opens with a cue of ``kind`` (a whole word)."""
    return re.compile(_LEAD + _cues(kind) + r"(?![\w-])", re.I)


@cache
def _labelled(kind: str) -> re.Pattern[str]:
    """The line opens with a cue of ``kind`` as a label: "Tags: ...", "Compartir en: ...", "Mots-clés : ..."."""
    return re.compile(_LEAD + _cues(kind) + r"[ \t\u00a0]*:", re.I)


@cache
def _anywhere(kind: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + _cues(kind) + r"(?![\w-])", re.I)


def find(text: str, all_lines: list[Line] | None = None) -> tuple[tuple[int, int, str], ...]:
    """The furniture lines of ``text``: ``(start, end, kind)`` for each, in order."""
    all_lines = all_lines if all_lines is not None else lines(text)
    kinds: dict[int, str] = {}
    top = _top_zone(all_lines)
    bottom = _bottom_zone(all_lines)
    block, left, head = "", 0, -1
    for index, line in enumerate(all_lines):
        stripped = line.text.strip()
        kind = _line_kind(stripped, index in top) if stripped else None
        kind = kind or (_footer_kind(stripped) if index in bottom else None)
        if block and left > 0 and kind is None and stripped:
            kind = block if _block_item(stripped, block) else None
            block, left = (block, left - 1) if kind else ("", 0)
        elif block and kind is None:
            block, left = "", 0
        if not block and head in kinds and kinds[head] == "tags" and head == index - 1:
            del kinds[head]  # "CATEGORIES" over a numbered list: a heading of the content, no tag words under it
        if kind in _BLOCK_KINDS and _heads_block(stripped, kind):
            block, left, head = kind, _BLOCK_REACH, index
        if kind:
            kinds[index] = kind
    _menu_runs(all_lines, kinds)
    return tuple((all_lines[i].start, all_lines[i].end, kind) for i, kind in sorted(kinds.items()))


def _block_item(stripped: str, block: str) -> bool:
    """A line under a block heading is one of its items: a headline or a comment, a tag word under "Tags"."""
    if block == "tags":
        return _short(stripped, _RUN_WORDS) and not re.search(r"\d", stripped)  # "1. Eau et climat": a list
    return len(stripped.split()) <= _HEADLINE_WORDS


def _heads_block(stripped: str, kind: str) -> bool:
    """ "Related stories", "LO MÁS LEÍDO", "Comentarios (3)", "Etiquetas": a heading, not a labelled line."""
    return bool(_whole(kind).fullmatch(stripped))


def _top_zone(all_lines: list[Line]) -> set[int]:
    """Indexes of the first non-blank lines, before the first line of prose."""
    zone: set[int] = set()
    for index, line in enumerate(all_lines):
        words = line.text.split()
        if len(words) >= _PROSE_WORDS or len(zone) >= _TOP_LINES:
            break
        if words:
            zone.add(index)
    return zone


def _bottom_zone(all_lines: list[Line]) -> set[int]:
    """Indexes of the lines after the last line of prose: where a site puts its address and phone."""
    last = max((i for i, ln in enumerate(all_lines) if len(ln.text.split()) >= _PROSE_WORDS), default=len(all_lines))
    return set(range(last + 1, len(all_lines)))


def _footer_kind(stripped: str) -> str | None:
    """ "Mairie de X – 15 place du Marché – 86000 X", "Phone: 07 838 0000 | Email: ...": the site's
    postal address or phone line, below the page's last paragraph (a venue line above it is content)."""
    if _labelled("contact").match(stripped) or _opens("contact").match(stripped) and re.search(r"\d{3}|@", stripped):
        return "contact"
    parts = [p for p in _ADDRESS_PARTS.split(stripped) if p.strip()]
    if len(parts) >= 3 and len(stripped) < 160 and _street_number().search(stripped):
        return "address"
    return None


@cache
def _street_number() -> re.Pattern[str]:
    """A number beside a street word: "22 rue X", "Calle 44", "Plaza del Pilar, 18", "Private Bag 3010"."""
    street = _cues("street")
    return re.compile(
        rf"\b\d{{1,5}}[ \t,]+(?i:{street})(?![\w-])|(?<![\w-])(?i:{street})(?![\w-])[^,–—·|\d\n]{{0,30}}[ \t,]+\d{{1,5}}\b"
    )


def _line_kind(stripped: str, at_top: bool) -> str | None:
    """The furniture kind of one line, or None for content."""
    if _opens("caption").match(stripped):
        return "caption"
    if len(stripped) > _BAR_CHARS:  # a paragraph: only a cookie banner or a legal line is that long
        return _long_line_kind(stripped)
    for kind in ("skip", "related", "most_read", "comments", "more", "advert", "pagination", "tags", "form"):
        if len(stripped) <= _CUE_CHARS and _whole(kind).fullmatch(stripped):
            return kind
    if kind := _long_line_kind(stripped):
        return kind
    if _tag_line(stripped):
        return "tags"
    if (_labelled("share").match(stripped) or _whole("share").fullmatch(stripped)) and len(stripped) < 160:
        return "share"
    if _opens("stamp").match(stripped) and len(stripped) < 160 or _reading_time(stripped) or _stamp_anywhere(stripped):
        return "stamp"
    if _opens("form").match(stripped) and len(stripped) < 160:
        return "form"
    if _breadcrumb(stripped):
        return "breadcrumb"
    items = [item for item in _ITEMS.split(stripped) if item.strip()]
    if len(items) >= 2 and all(item.strip().endswith("*") for item in items):
        return "form"  # "Name*   Email*   Comment*": a form's fields
    if len(items) >= 2 and all(_item_of(item, ("social", "share", "buttons", "more", "pagination")) for item in items):
        return "share" if any(_item_of(item, ("social",)) for item in items) else "form"
    if _pages(items):
        return "pagination"
    if _stamp_items(items):
        return "stamp"
    if _menu_bar(items, at_top):
        return "menu"
    return None


def _tag_line(stripped: str) -> bool:
    """ "Tags: energy, finance": a label over two or more short items. "Thème : « Villes durables »" names an
    event's theme; "Subject: Invitation - Forum on X, 12 May 2025, Split" is a mail's subject line (its items
    are long, one is a day)."""
    label = _labelled("tags").match(stripped)
    if not label:
        return False
    items = [i for i in _TAG_ITEMS.split(stripped[label.end() :]) if i.strip()]
    return len(items) >= 2 and all(_short(i, _ITEM_WORDS) for i in items) and not dates.find_dates(stripped)


def _long_line_kind(stripped: str) -> str | None:
    """A cookie banner or a legal line, which may run long; a longer line is a paragraph of the content."""
    if len(stripped) > _BANNER_CHARS:
        return None
    if _anywhere("cookie").search(stripped):
        return "cookie"
    if len(stripped) < _LEGAL_CHARS and _anywhere("legal").search(stripped):
        return "legal"
    return None


def _reading_time(stripped: str) -> bool:
    """ "6 min read", "Temps de lecture : 3 min" within a short line."""
    return len(stripped) < 80 and bool(_anywhere("stamp").search(stripped)) and bool(re.search(r"\d\s*min", stripped))


def _item_of(item: str, kinds: tuple[str, ...]) -> bool:
    return any(_whole_item(kind).fullmatch(item.strip(" \t*_[]()")) for kind in kinds)


@cache
def _whole_item(kind: str) -> re.Pattern[str]:
    return re.compile(_cues(kind) + r"[\s▾▼+›»→.…]*", re.I)


def _breadcrumb(stripped: str) -> bool:
    """ "Home > News > Stories", "Vous êtes ici : Accueil > ...", "Inicio / Noticias": the trail of
    pages opens with the site's home or a "you are here" cue."""
    if _opens("here").match(stripped):
        return True
    crumbs = _CRUMBS.split(stripped)
    return len(crumbs) >= 2 and _item_of(crumbs[0], ("menu",))


def _stamp_items(items: list[str]) -> bool:
    """ "VIE DE L'ASSOCIATION | 18 septembre 2025", "NEWS · 3 May 2025": a card's kicker in capitals and
    one day, parted by a bar: the card's publication stamp ("Ghent, Belgium | 14–15 May 2025" is an
    event's place and days; "5 March 2024, 14:00 CET / 10:00 ART" an event's day and times)."""
    if len(items) != 2:
        return False
    for label, day in (items, items[::-1]):
        found = dates.find_dates(day)
        if found and found[0].first == found[0].last and _short(label, _ITEM_WORDS) and label.upper() == label:
            return any(c.isalpha() for c in label) and not any(c.isdigit() for c in label)  # "14:00 CET" is a time
    return False


def _stamp_anywhere(stripped: str) -> bool:
    """ "EFE | Toledo | 08/10/2025 - 14:27h. Actualizado: ...": a short line with a date and a stamp cue."""
    return len(stripped) < 160 and bool(_anywhere("stamp").search(stripped)) and bool(dates.find_dates(stripped))


def _pages(items: list[str]) -> bool:
    """ "« Précédent   1  2  3  …  41   Suivant »": page numbers between a previous and a next link."""
    words = [i.strip(" «»<>‹›…") for i in items]
    numbers = [w for w in words if not w or w.isdigit()]
    return len(numbers) >= 2 and all(not w or w.isdigit() or _item_of(w, ("pagination",)) for w in words)


def _menu_bar(items: list[str], at_top: bool) -> bool:
    """ "Home   About   News   Contact": three short items at least, no digits, navigation words among
    them (anywhere) or at the page's top, where a site puts its menu."""
    if len(items) < 3 or any(re.search(r"\d", i) or not _short(i, _ITEM_WORDS) for i in items):
        return False
    menu_words = sum(_item_of(i, ("menu",)) for i in items)
    return menu_words >= 2 or (at_top and menu_words >= 1)


def _short(item: str, most: int) -> bool:
    item = item.strip()
    return 0 < len(item) <= _ITEM_CHARS and len(item.split()) <= most and not item.endswith((".", ":", ";", ","))


def _menu_runs(all_lines: list[Line], kinds: dict[int, str]) -> None:
    """One navigation word per line ("Inicio / Actualidad / Noticias" on lines of their own): a run of
    three short lines at least, two of them navigation words, is a menu; a list of towns, names or
    dates in short lines is content."""
    run: list[int] = []
    for index, line in enumerate([*all_lines, Line(0, 0, "")]):
        stripped = line.text.strip()
        if stripped and index not in kinds and _short(stripped, _RUN_WORDS) and not re.search(r"\d", stripped):
            run.append(index)
            continue
        if stripped and index in kinds and kinds[index] in EMPTY:
            run.append(index)  # furniture of other kinds inside the run ("Buscar", "Compartir")
            continue
        menu_words = sum(_item_of(all_lines[i].text, ("menu",)) for i in run if i not in kinds)
        if len(run) >= 3 and menu_words >= 2:
            for i in run:
                kinds.setdefault(i, "menu")
        run = []


def blank(view: str, leftovers: tuple[tuple[int, int, str], ...]) -> str:
    """``view`` with the :data:`EMPTY` lines blanked and the dates of :data:`DATELESS` lines, its length and
    line breaks kept."""
    chars: list[str] | None = None
    for start, end, kind in leftovers:
        if kind in EMPTY:
            spans = [(start, end)]
        elif kind in DATELESS:
            spans = [(start + d.start, start + d.end) for d in dates.find_dates(view[start:end])]
        else:
            continue
        chars = chars if chars is not None else list(view)
        for s, e in spans:
            chars[s:e] = " " * (e - s)
    return "".join(chars) if chars is not None else view
