"""Towns named by the form of a line (x-places3): a postal address.

- "9, rue des Halles, 75001 Paris", "Calle Mayor 4, 28013 Madrid", "Private Bag 3010, Hamilton 3240": an address
  line (a street word in it, lang/*.yaml "street_words") names its town beside its postcode.

Each gives the City when the gazetteer reads the name closely; the country, when the line names one, is read by
the steps after (city_countries, prose.countries_after_cities).
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.prose import is_city
from munigraph.loaders.documents.resolve import add_city

_STREET = lexicon.word_class("street_words", joiners="-")
_POSTCODE_TOWN = re.compile(
    r"(?<![\w-])\d{4,5}[ \t]+(?P<town>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})(?=[ \t]*(?:$|[,–—·•|(]))", re.M
)  # "75001 Paris", "28013 Madrid"
_TOWN_POSTCODE = re.compile(
    r"(?:^|(?<=[,–—·•|][ \t]))(?P<town>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})[ \t]+\d{4,5}(?![\w-])", re.M
)  # "Hamilton 3240", "Leuven 3000"
_CLOSE = 0.8  # the gazetteer's score of the name: a close reading


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
