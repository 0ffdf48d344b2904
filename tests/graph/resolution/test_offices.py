"""Offices are declared once (graph/resolution/offices.yaml): name resolution takes the offices that stand before
a name as titles off it, and the document rules read the table as their word class "offices"."""

from __future__ import annotations

import pytest
import yaml
from munigraph.graph.resolution import people
from munigraph.loaders.documents import lexicon


@pytest.mark.parametrize(
    ("written", "person"),
    [
        ("Co-Chair Jane Roe", "person:jane-roe"),
        ("Lord Mayor Jane Roe", "person:jane-roe"),
        ("la alcaldesa Ana Ruiz", "person:ana-ruiz"),
        ("Teniente de Alcalde Ana Ruiz", "person:ana-ruiz"),
        ("Concejala Ana Ruiz", "person:ana-ruiz"),
        ("le Vice-maire Jean Roux", "person:jean-roux"),
        ("Oberbürgermeister Hans Roe", "person:hans-roe"),
        ("Intendente Ana Ruiz", "person:ana-ruiz"),
    ],
)
def test_an_office_written_before_a_name_is_no_part_of_it(written: str, person: str) -> None:
    assert people.person_id(written) == person


def test_an_office_that_is_no_title_stays_with_the_name() -> None:
    assert people.person_id("Member Jane Roe") == "person:member-jane-roe"  # "member" is an office, not a title
    assert people.leading_title("Expert Jane Roe") == 0


def test_the_document_rules_read_the_same_offices_per_language() -> None:
    table = yaml.safe_load(people.OFFICES_PATH.read_text(encoding="utf-8"))["languages"]
    assert set(lexicon.languages()) <= set(table), "every language the rules read has its offices"
    for code in lexicon.languages():
        assert lexicon.table("offices", code) == {role: tuple(entries) for role, entries in table[code].items()}
    assert "maire" in lexicon.table("offices")["mayor"] and "alcaldesa" in lexicon.table("offices")["mayor"]
    assert "maire" not in lexicon.table("offices", "en")["mayor"]


def test_every_title_is_a_role_of_every_language() -> None:
    data = yaml.safe_load(people.OFFICES_PATH.read_text(encoding="utf-8"))
    for code, roles in data["languages"].items():
        assert set(data["titles"]) <= set(roles), code


@pytest.mark.parametrize("text", ["offices: {}\n", "added_offices:\n  mayor: [alcaldesa]\n"])
def test_a_word_file_may_neither_declare_nor_extend_the_class(tmp_path, monkeypatch, text: str) -> None:
    (tmp_path / "en.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(lexicon, "LANG_DIR", tmp_path)
    lexicon.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="graph/resolution/offices.yaml"):
            lexicon.lexicon("en")
    finally:
        lexicon.lexicon.cache_clear()


def test_a_bare_chair_is_no_title_before_a_name_but_a_co_chair_is() -> None:
    """ "Thank you, Chair. I'm Jane Roe": the chair addressed, not a title of the speaker's name."""
    assert people.leading_title("Chair Jane Roe") == 0
    assert people.leading_title("Co-Chair Jane Roe") == len("Co-Chair ")
