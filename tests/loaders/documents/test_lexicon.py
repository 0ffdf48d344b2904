"""The word files of the document rules (loaders/documents/lang/*.yaml): one per language, same keys."""

from __future__ import annotations

import re

import pytest
from munigraph.loaders.documents import lexicon


def test_every_language_has_the_same_word_classes() -> None:
    codes = lexicon.languages()
    assert {"en", "fr", "es"} <= set(codes)
    keys = {code: set(lexicon.lexicon(code)) for code in codes}
    for code in codes:
        assert keys[code] == keys["en"], f"{code}.yaml: {sorted(keys[code] ^ keys['en'])}"
    for key in keys["en"]:  # a class is a list in every file, or a mapping in every file, with the same labels
        shapes = {code: type(lexicon.lexicon(code)[key]) for code in codes}
        assert len(set(shapes.values())) == 1, (key, shapes)
        if shapes["en"] is dict:
            labels = {code: set(lexicon.lexicon(code)[key]) for code in codes}
            assert all(v == labels["en"] for v in labels.values()), (key, labels)


@pytest.mark.parametrize("code", lexicon.languages())
def test_every_entry_is_a_regular_expression(code: str) -> None:
    for key, value in lexicon.lexicon(code).items():
        entries = [e for es in value.values() for e in (es or [])] if isinstance(value, dict) else value or []
        for entry in entries:
            assert isinstance(entry, str) and entry.strip(), (code, key, entry)
            re.compile(entry)
            assert "(?P<" not in entry, (code, key, entry)  # rules name the groups


def test_classes_merge_every_language_and_keep_one_language_apart() -> None:
    offices = lexicon.table("offices")
    assert "maire" in offices["mayor"] and "alcalde" in offices["mayor"] and "mayor(?:ess)?" in offices["mayor"]
    assert "maire" not in lexicon.table("offices", "en")["mayor"]
    assert lexicon.words("connectors", "en") == ("of", "the", "for", "and")
    assert re.fullmatch(lexicon.alternation(["of", "of the"]), "of the")
    assert lexicon.alternation([]) == "(?!)"  # an empty class matches nothing
