"""Extraction never fails on a real text, whichever language it is read in: a load meets pages
of every shape, and a step that trips on one would stop the user's whole load. Every document
here (the organisation's corpus, the development pages, the held-out set) is read in each of
the three languages and in pieces cut at odd places, and every fact must point at entities the
result holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from munigraph.loaders.documents.extract import extract

from tests.conftest import SHARED

HELDOUT = Path(__file__).parent / "heldout" / "docs"
LANGUAGES = ("en", "fr", "es")


def _texts() -> list[Path]:
    folders = [SHARED / "corpus" / "uclg", SHARED / "corpus" / "web", HELDOUT]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.glob("*.txt"))


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.name)
def test_every_language_reads_every_text_without_failing(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    third = len(text) // 3
    pieces = [text, text[third:], text[: 2 * third], text.upper()[:third]]  # cut mid-line, shouting
    for language in LANGUAGES:
        for piece in pieces:
            facts = extract(piece, "doc:any", language)
            ends = {end for relation in facts.relations.values() for end in (relation.source, relation.target)}
            assert ends <= set(facts.entities), f"{path.name} read as {language}: relations to dropped entities"
