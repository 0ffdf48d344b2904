"""People named in French prose with no office, bold or cue: read by spaCy's French model
(loaders/documents/ner.py), checked by the project's name rules; the rules alone without it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from munigraph.loaders.documents import load_document, ner

from tests.conftest import load_text
from tests.loaders.documents.test_document_load import rels

MEETING = """## Réunion du Bureau exécutif de CGLU

Mardi 14 mai 2024, 09h30-13h00 (CEST)

« Les villes ne peuvent plus attendre les États », a rappelé Anne Hidalgo lors de la réunion du Bureau \
exécutif de Cités et Gouvernements Locaux Unis à Séville. Selon Jean Dupont, les engagements pris à Glasgow \
restent loin d'être tenus. Marie Curie et Paul Langevin ont ouvert la séance consacrée au Forum de Paris sur la Paix.

**Emilia Saiz**, Secrétaire générale de CGLU, a rendu hommage à Nelson Mandela. La session plénière « Villes \
Résilientes Face au Climat » s'est tenue à la Maison Jean Monnet, avenue Victor Hugo.
"""
EVENT = "event:reunion-du-bureau-executif-de-cglu-2024-05-14"


def people(store) -> list[tuple[str, str, str]]:
    return [
        (r["id"], r["name"], r["quote"])
        for r in store.read(
            "MATCH (p:Person)-[m:MENTIONED_IN]->(:Document) RETURN p.id AS id, p.name AS name, m.quote AS quote "
            "ORDER BY id"
        )
    ]


def test_people_in_french_prose(store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "bureau.fr.md", MEETING)
    # not people: the body, the forum, the session title in quotes, the house and the avenue named after someone
    assert people(store) == [
        ("person:anne-hidalgo", "Anne Hidalgo", "Anne Hidalgo"),
        ("person:emilia-saiz", "Emilia Saiz", "Emilia Saiz"),  # read by the rules (bold, office)
        ("person:jean-dupont", "Jean Dupont", "Jean Dupont"),
        ("person:marie-curie", "Marie Curie", "Marie Curie"),
        ("person:nelson-mandela", "Nelson Mandela", "Nelson Mandela"),
        ("person:paul-langevin", "Paul Langevin", "Paul Langevin"),
    ]
    # the subjects of a speaking verb spoke at the meeting; "selon X" and "hommage à X" say nothing of it
    assert rels(store, "ATTENDED") == [
        ("person:anne-hidalgo", EVENT, "speaker", "confirmed"),
        ("person:marie-curie", EVENT, "speaker", "confirmed"),
        ("person:paul-langevin", EVENT, "speaker", "confirmed"),
    ]
    quotes = store.read(
        "MATCH (p:Person)-[r:ATTENDED]->(:Event) WHERE p.id = 'person:anne-hidalgo' RETURN r.provenance AS p"
    )
    assert "a rappelé Anne Hidalgo lors de la réunion" in str(quotes[0]["p"])


def test_english_prose_is_left_to_the_rules(store, tmp_path: Path) -> None:
    load_text(
        store,
        tmp_path,
        "board.en.md",
        "## Executive Bureau of UCLG\n\nTuesday, 14 May 2024, 9:30 am - 1:00 pm (CEST)\n\n"
        "Marie Curie and Paul Langevin opened the session, which was held in Seville for the first time.\n",
    )
    assert people(store) == []


def test_without_the_model_the_rules_read_alone_and_say_so_once(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bureau.fr.md"
    path.write_text(MEETING, encoding="utf-8")
    monkeypatch.setattr(ner, "MODEL", "fr_core_news_not_installed")
    ner.pipeline.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="munigraph.loaders.documents.ner"):
            load_document(store, path)
            load_document(store, path)
    finally:
        ner.pipeline.cache_clear()  # the next test loads the real model again
    assert [r.getMessage().split(" (")[0] for r in caplog.records] == ["fr_core_news_not_installed is not installed"]
    assert people(store) == [("person:emilia-saiz", "Emilia Saiz", "Emilia Saiz")]
    assert rels(store, "ATTENDED") == []


@pytest.mark.parametrize(
    ("sentence", "may_hold"),
    [
        ("Hier, a rappelé Anne Hidalgo lors de la réunion.", True),
        ("Le texte fut lu par M. Jan van Zanen devant tous.", True),
        ("L'allocution d'Inès Garnier a ouvert la séance.", True),
        ("Le Conseil Municipal a adopté la charte hier soir.", False),  # a body: no two name words
        ("La session Habitat III a eu lieu en Amérique Latine.", False),
        ("Le Maire Adjoint a ouvert la séance ce matin.", False),  # offices, no name
    ],
)
def test_spacy_reads_only_sentences_that_may_hold_a_name(sentence: str, may_hold: bool) -> None:
    assert ner._may_hold_name(sentence, 0, len(sentence), ner.SpanIndex([])) is may_hold


def test_spacy_skips_a_name_the_rules_already_read() -> None:
    sentence = "Hier, a rappelé Anne Hidalgo lors de la réunion."
    start = sentence.index("Anne")
    read = ner.SpanIndex([(start, start + len("Anne Hidalgo"))])
    assert not ner._may_hold_name(sentence, 0, len(sentence), read)
