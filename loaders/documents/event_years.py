"""An event named by its year and nothing closer ("Sommet Africités 2018", "the Forum of
Mayors 2022", "Congreso 2019") is dated by that year: ISO 8601 at year precision, start and
end both the year. Run last, so a day read anywhere on the page wins."""

from __future__ import annotations

import re

from munigraph.loaders.documents.builder import DocumentFacts

# the year closes the name; a span ("2018-2019") or a plan's horizon inside a name is no date
_YEAR_AT_END = re.compile(r"(?<![\d/–-])\s((?:19|20)\d\d)\s*$")


def years_in_names(facts: DocumentFacts) -> None:
    """Give an undated event the year its name (or one of its names) ends with, when all agree."""
    for entity in facts.entities.values():
        if entity.kind != "Event" or entity.props.get("start"):
            continue
        years = {m.group(1) for form in (entity.name, *entity.aliases) if (m := _YEAR_AT_END.search(form))}
        if len(years) == 1:
            year = years.pop()
            entity.props.update(start=year, end=year)
