"""Places named inside other names (x-where): "Association des maires de France", "Agencia de
Cooperación Internacional del Japón" name a body, not a country the page is about; the country
in a body's name is no evidence for the towns of the page (Montréal on a Lyon page naming the
AMF stays the Canadian city)."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.prose import country_mentions


def countries_outside_bodies(facts: DocumentFacts) -> None:
    """Keep as the page's countries those it names at least once outside a body's name."""
    if not facts.countries or not facts.org_spans:
        return
    bodies = sorted(facts.org_spans)
    outside = {
        code for code, (start, end) in country_mentions(facts.view)
        if not any(s <= start and end <= e for s, e in bodies)
    }  # fmt: skip
    facts.countries = tuple(c for c in facts.countries if c in outside)
