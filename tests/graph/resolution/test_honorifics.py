"""Honorifics are declared once (graph/resolution/honorifics.yaml): name resolution takes them off a name and
the document rules read them as their word class "honorifics"."""

from __future__ import annotations

import pytest
import yaml
from munigraph.graph.resolution import people
from munigraph.loaders.documents import lexicon


@pytest.mark.parametrize(
    ("written", "person"),
    [
        ("Datuk Azman Roe", "person:azman-roe"),
        ("Datuk Seri Azman Roe", "person:azman-roe"),
        ("Dato' Sri Lee Wei Roe", "person:lee-wei-roe"),
        ("Tan Sri Ahmad Roe", "person:ahmad-roe"),
        ("Cllr Helen Roe", "person:helen-roe"),
        ("Mister John Roe", "person:john-roe"),
        ("Mme Claire Roux", "person:claire-roux"),
        ("Monsieur Paul Roux", "person:paul-roux"),
        ("Dra. Ana Gil", "person:ana-gil"),
        ("Dña. Carmen Ruiz Lozano", "person:carmen-ruiz-lozano"),
        ("Lord Provost Jane Roe", "person:jane-roe"),
    ],
)
def test_an_honorific_is_no_part_of_the_name(written: str, person: str) -> None:
    assert people.person_id(written) == person


def test_a_name_that_opens_like_an_honorific_keeps_it() -> None:
    assert people.person_id("Sri Mulyani Roe") == "person:sri-mulyani-roe"  # "Sri" alone is a first name
    assert people.person_id("He Li Ming") == "person:he-li-ming"  # "H.E." has its periods; "He" is a surname


def test_the_document_rules_read_the_same_honorifics_per_language() -> None:
    table = yaml.safe_load(people.HONORIFICS_PATH.read_text(encoding="utf-8"))
    assert set(lexicon.languages()) <= set(table), "every language the rules read has its honorifics"
    for code in lexicon.languages():
        assert lexicon.words("honorifics", code) == tuple(table[code])
    assert "datuk" in lexicon.words("honorifics") and "mme" in lexicon.words("honorifics")
    assert "mme" not in lexicon.words("honorifics", "en")


def test_a_word_file_may_not_declare_the_class_again(tmp_path, monkeypatch) -> None:
    (tmp_path / "en.yaml").write_text("honorifics: [mr]\noffices: {}\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "LANG_DIR", tmp_path)
    lexicon.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="graph/resolution/honorifics.yaml"):
            lexicon.lexicon("en")
    finally:
        lexicon.lexicon.cache_clear()
