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


# Sentences in the first person and of cities joining a network, long enough (over 300 characters) that the
# guarded patterns look only where their openings stand (markup.Prefiltered), searched sentence by sentence.
JOINING = [
    "J'ai participé au Forum des maires à Lyon. Puis j'y ai présenté le plan climat de la ville. " * 4
    + "Brest a rejoint le réseau en 2019 ; Nantes est membre de l'association depuis 2001.",
    "I took part in the Summit of Mayors in Porto, and I spoke at its opening session. " * 4
    + "Ghent joined the network last year, while Riga has been a member of the association since 2004.",
    "Participé en la Cumbre de Alcaldes en Rosario y intervine en el panel de cierre. " * 4
    + "Cuenca se ha incorporado a la red y Arequipa se adhirió a la asociación en 2015.",
]


@pytest.mark.parametrize("text", JOINING)
def test_guarded_sentence_patterns_match_as_the_plain_ones(text: str) -> None:
    """The first-person verbs and the "joined" verbs, searched from sentence to sentence, find what the
    plain patterns find (x-speed5)."""
    from munigraph.loaders.documents import first_person, membership
    from munigraph.loaders.documents.markup import Prefiltered, sentences

    patterns = [p for language in ("en", "fr", "es") for _, p in first_person._verbs(language)] + [membership._JOINED]
    assert all(isinstance(p, Prefiltered) for p in patterns)  # guarded: each has openings
    spans = list(sentences(text))
    assert len(spans) > 4
    found = 0
    for guarded in patterns:
        plain = re.compile(guarded._pattern.pattern, guarded.flags)
        for start, end in spans:
            expected = [m.span() for m in plain.finditer(text, start, end)]
            assert [m.span() for m in guarded.finditer(text, start, end)] == expected
            first = guarded.search(text, start, end)
            assert (first and first.span()) == (expected[0] if expected else None)
            found += len(expected)
    assert found >= 6  # the sentences do hold verbs of both kinds


def test_ner_reads_the_sentences_the_context_split() -> None:
    """The people spaCy may read are looked for in the context's sentences, not in a new split (x-speed5)."""
    from munigraph.loaders.documents import ner
    from munigraph.loaders.documents.context import Context
    from munigraph.loaders.documents.markup import sentences

    text = "# Titre\n\nLe maire de Brest, Jean Dupont, a ouvert la séance du conseil. Puis M. Paul Roy a parlé.\n"
    context = Context.prepare(text, "fr")
    prose = ner._prose_sentences(context.view, context.sentences)
    assert prose == ner._prose_sentences(context.view, sentences(context.view))
    assert [context.view[s:e] for s, e in prose] == [
        "Le maire de Brest, Jean Dupont, a ouvert la séance du conseil.",
        "Puis M. Paul Roy a parlé.",
    ]
