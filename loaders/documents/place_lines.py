"""Towns named by the form of a line (x-places3): where a news item was written and a postal address.

- "BOGOTÁ, 12 March 2025 — The council ...", "Toledo, 8 oct (EFE).- El alcalde ...", "Cotonou, le 3 mai 2025.":
  a dateline opens its line with the town and the day the item was written there;
- "9, rue des Halles, 75001 Paris", "Calle Mayor 4, 28013 Madrid", "Private Bag 3010, Hamilton 3240": an address
  line (a street word in it, lang/*.yaml "street_words") names its town beside its postcode.

Each gives the City when the gazetteer reads the name closely; the country, when the line names one, is read by
the steps after (city_countries, prose.countries_after_cities).
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import dates, lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.prose import is_city
from munigraph.loaders.documents.resolve import add_city

# the place before the day: one to three capitalised words ("Bogotá D.C.", "SANTA FE"), a comma, maybe an article
# or a weekday ("Paris, le 3 mars", "Madrid, martes 5 de marzo")
_DATELINE = re.compile(
    r"[ \t*#]*(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ \t-][A-ZÀ-Þ][\w'’-]+){0,2})(?:[ \t]+[A-Z]\.(?:[A-Z]\.)*)?[ \t]*,[ \t]*"
    r"(?:(?i:le|el|the|on)[ \t]+)?(?:(?i:" + dates.WEEKDAY + r"),?[ \t]+)?"
)
# what follows a dateline's day: a dash, a full stop and the story, a bracketed agency, or the line's end
_AFTER_DAY = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*(?:\.?[ \t]*[-–—|][ \t]|\.(?:[ \t]|$)|$)")
_STREET = lexicon.word_class("street_words", joiners="-")
_POSTCODE_TOWN = re.compile(
    r"(?<![\w-])\d{4,5}[ \t]+(?P<town>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})(?=[ \t]*(?:$|[,–—·•|(]))", re.M
)  # "75001 Paris", "28013 Madrid"
_TOWN_POSTCODE = re.compile(
    r"(?:^|(?<=[,–—·•|][ \t]))(?P<town>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})[ \t]+\d{4,5}(?![\w-])", re.M
)  # "Hamilton 3240", "Leuven 3000"
_CLOSE = 0.8  # the gazetteer's score of the name: a close reading


def datelines(facts: DocumentFacts) -> None:
    """ "LUSAKA, 12 March 2025 — ...": the town a news item was written in."""
    for line in facts.context.lines:
        m = _DATELINE.match(line.text)
        if not m:
            continue
        day = next(iter(dates.find_dates(line.text[m.end() : m.end() + 40])), None)
        if day is None or day.start or not _AFTER_DAY.match(line.text, m.end() + day.end):
            continue
        _add_town(facts, line.start + m.start("place"), m.group("place"))


def postal_addresses(facts: DocumentFacts) -> None:
    """ "9, rue des Halles, 75001 Paris": the town of an address line, beside its postcode."""
    for line in facts.context.lines:
        if not any(ch.isdigit() for ch in line.text) or not _STREET.search(line.text):
            continue
        for pattern in (_POSTCODE_TOWN, _TOWN_POSTCODE):
            for m in pattern.finditer(line.text):
                _add_town(facts, line.start + m.start("town"), m.group("town"))


def _add_town(facts: DocumentFacts, start: int, name: str) -> str | None:
    if facts.org_index().covers(start, start + 1) or not is_city(facts, name, True, _CLOSE):
        return None
    return add_city(facts, (start, start + len(name)), name, min_score=_CLOSE)
