"""Search's pure parts: which words are worth typo keys, and the Lucene queries asked."""

from __future__ import annotations

import pytest
from munigraph.graph.cypher import typo_query
from munigraph.graph.fulltext import terms
from munigraph.graph.search import GOOD, Hit, _good, _slipped


@pytest.mark.parametrize(
    ("typed", "keys", "slipped"),
    [
        ("bench ctiy 12", ["bench city 12", "bench city 120"], ["ctiy"]),
        ("bench city 1", ["bench city 12"], []),  # the last word begins a word: typed so far
        ("bench 1 city", ["bench city 12"], ["1"]),  # not the last: it is a whole word
        ("xi'an", ["xian"], []),
        ("xian", ["xi'an"], []),  # the key's bare form
        ("sanjose", ["san jose"], []),
        ("rmoe", [], ["rmoe"]),
        ("paris texas", ["paris"], ["texas"]),
    ],
)
def test_the_words_the_index_lacks(typed: str, keys: list[str], slipped: list[str]) -> None:
    assert _slipped(typed, keys) == slipped


def test_typo_keys_only_of_the_words_slipped() -> None:
    asked = terms("sao paolo", typos=True, slipped=["paolo"]).split(" OR ")
    assert asked[:3] == ["sao^4", "paolo^4", "paolo*^2"]
    assert asked[3:] == typo_query("paolo")
    assert terms("sao paolo", typos=True) == terms("sao paolo", typos=True, slipped=[])  # none: every word's


def test_a_hit_is_good_when_typed_or_closer_than_a_part_of_the_name() -> None:
    def hit(how: str, score: float) -> Hit:
        return Hit("city:x", "X", "City", "x", score, how)

    assert _good([hit("fuzzy", 75.0), hit("contains", 100.0)])
    assert _good([hit("fuzzy", 92.3)])
    assert not _good([hit("fuzzy", GOOD)])  # WRatio's figure for a name that is a part of the text
    assert not _good([])
