"""Twinning stated in running text: "Lyon et Beyrouth sont jumelées depuis 2010", "the cities
of Marrakech and Bordeaux signed a cooperation agreement", "hermanamiento entre Quito y Lima".

A sentence with a twinning cue and exactly two cities in it links them; more cities than two
is a list whose pairs the sentence does not say, so nothing is read from it.
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import dates, lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import overlaps_any
from munigraph.loaders.documents.prose import is_city
from munigraph.loaders.documents.resolve import add_city

# The kind of tie each cue states (TWINNED_WITH.kind in the model; lang/*.yaml "twinning_cues").
CUES = [(kind, "|".join(patterns)) for kind, patterns in lexicon.table("twinning_cues").items() if patterns]
_CUE = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in CUES), re.I)
# Capitalised at a sentence's start, never a city here ("Les villes de Lyon", "Le maire")
_FUNCTION_WORDS = re.compile(r"^" + lexicon.words_re("function_words") + r"$", re.I)
_PLACE = re.compile(r"(?:(?<=\b[dlDL]['’])|(?<![\w'’-]))[A-ZÀ-Þ][\w'’-]+(?:[ -](?:de |del |la |el |d')?[A-ZÀ-Þ][\w'’-]+){0,3}")


def twinnings(facts: DocumentFacts) -> None:
    """Add a TWINNED_WITH for each sentence that says two cities are twinned (or partnered)."""
    view = facts.view
    bodies = sorted(set(facts.org_spans))
    for start, end in facts.context.sentences:
        cue = _CUE.search(view, start, end)
        if not cue:
            continue
        cities = _cities(facts, start, end, bodies)
        if len(cities) != 2:
            continue
        facts.relate(
            "TWINNED_WITH", *sorted(cities), (start, end), kind=cue.lastgroup, since=dates.since(view, start, end)
        )


def _cities(facts: DocumentFacts, start: int, end: int, bodies: list[tuple[int, int]]) -> list[str]:
    """The distinct cities named in [start, end): longest reading of each capitalised run first."""
    found: list[str] = []
    for m in _PLACE.finditer(facts.view, start, end):
        if overlaps_any(bodies, m.start(), m.end()):
            continue
        words = m.group(0).split()
        if _FUNCTION_WORDS.match(words[0]):
            continue
        for size in range(len(words), 0, -1):
            text = " ".join(words[:size])
            if is_city(facts, text, strong=True):
                city = add_city(facts, (m.start(), m.start() + len(text)), text)
                if city and city not in found:
                    found.append(city)
                break
    return found
