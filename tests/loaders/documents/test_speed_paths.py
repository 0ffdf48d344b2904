"""Faster paths find exactly what the plain pattern finds (x-speed4), on sentences written here:
the trigger words tried by their first character (``triggers._trigger_starts``) against the one
alternation of every row's trigger words, over whole texts and parts of them, cases mixed."""

from __future__ import annotations

import re

import pytest
from munigraph.loaders.documents import triggers
from munigraph.loaders.documents.markup import first_chars

TEXTS = [
    "The mayor of Tartu, Jane Roe, attended the forum organised by the city; Riga is a member of the network.",
    "La maire de Brest a participé au sommet ; Nantes et Cork ont signé un accord de coopération.",
    "El alcalde de Cuenca asistió a la cumbre organizada por la red; Arequipa se ha unido a la asociación.",
    "THE DELEGATION WAS LED BY THE DEPUTY MAYOR OF GHENT, WHO CHAIRED THE SESSION OF THE SECTION OF AFRICA.",
    "Kelvin K and ſection of and İstanbul: hosted by the City of Graz — co-organised by Oslo, twinned with Turku.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_trigger_starts_are_the_alternations(text: str) -> None:
    every = triggers._any_trigger()
    for start in range(0, len(text) + 1, 7):
        for end in (len(text), start + 40, start + 3):
            end = min(end, len(text))
            expected = [m.start() for m in every.finditer(text, start, end)]
            assert list(triggers._trigger_starts(text, start, end)) == expected


def test_first_chars() -> None:
    assert first_chars(re.compile(r"(?<!\w)(?:Chaired|[Mm]oderated) by", re.I)) == {"c", "m"}
    assert first_chars(re.compile(r"(?:Élu|élue)")) == {"É", "é"}
    assert first_chars(re.compile(r"(?:\w+ )?section")) is None  # a class: no character tells
    assert first_chars(re.compile(r"x?")) is None  # may be empty
