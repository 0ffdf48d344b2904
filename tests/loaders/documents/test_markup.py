"""find_phrases gives exactly the matches of the alternation regex it replaces (sentences written here)."""

from __future__ import annotations

import re

import pytest
from munigraph.loaders.documents.markup import (
    _WORD,
    SpanIndex,
    _exotic_view,
    _normal,
    _word_index,
    find_phrases,
    loose,
    mask,
)

TEXTS = [
    "Le maire de Saint-Étienne, SAINT ETIENNE et saint-etienne ; Saint Denis (France), Saints et Saint-Denis.",
    "La Commission Culture de CGLU et la commission culture de cglu, l'Agenda 21 de la culture à Bogotá (Colombie).",
    "the Mayor of São Paulo, SÃO PAULO, Sao Paulo and Paulo; New York, new-york, New  York in the United States.",
    "İstanbul, ISTANBUL, ıstanbul and Istanbul; ſaint Louis; the Kelvin K sign; Ångström Å.",
    "Le réseau (CGLU) et (cglu), « Villes » et «Villes», 's-Hertogenbosch et ’s-Hertogenbosch, R&D & co.",
    "Ὀδυσσεύς met ΣΙΣΥΦΟΣ and σίσυφος in Αθήνα: µ and μ; ẞ and ß; les émojis 🎤 et • puces.",
]
PHRASES = [
    "Saint-Étienne", "Saint", "Saint Denis", "Commission Culture de CGLU", "CGLU", "Agenda 21 de la culture",
    "Bogotá", "São Paulo", "Paulo", "New York", "Istanbul", "saint Louis", "K", "Ångström", "Αθήνα", "Σίσυφος", "μ",
    "ß", "l'Agenda 21", "(CGLU)", "«Villes»", "« Villes »", "'s-Hertogenbosch", "&", "R&D",
]  # fmt: skip


def _regex(phrases: list[str], tail: str, flags: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for text in TEXTS for m in re.finditer(_pattern(phrases, tail), mask(text), flags)]


def _pattern(phrases: list[str], tail: str) -> str:
    return r"(?<![\w-])(?:" + "|".join(loose(p) for p in phrases) + ")" + tail


@pytest.mark.parametrize("ignore_case", [False, True])
@pytest.mark.parametrize("tail", [r"(?![\w-])", r"(?![\w])", r"(?![\w-])\s*(?:,|\(|-|in\s)\s*"])
def test_find_phrases_matches_the_regex(ignore_case: bool, tail: str) -> None:
    flags = re.I if ignore_case else 0
    for phrases in (sorted(PHRASES, key=len, reverse=True), PHRASES, *([p] for p in PHRASES)):
        found = [(m.start(), m.end()) for text in TEXTS for m in find_phrases(phrases, mask(text), tail, ignore_case)]
        assert found == _regex(phrases, tail, flags)


def test_find_phrases_finds_case_and_accent_variants() -> None:
    view = mask(TEXTS[0])
    assert [m.group() for m in find_phrases(["Saint-Étienne"], view)] == ["Saint-Étienne"]
    found = [m.group() for m in find_phrases(["Saint-Étienne"], view, ignore_case=True)]
    assert found == ["Saint-Étienne", "SAINT ETIENNE", "saint-etienne"]


def test_span_index_overlaps() -> None:
    index = SpanIndex([(0, 4), (10, 20), (12, 14)])
    assert [index.overlaps(s, e) for s, e in [(3, 5), (4, 10), (19, 25), (20, 25), (5, 9)]] == [
        True, False, True, False, False,
    ]  # fmt: skip


def _word_index_read_directly(view: str, ignore_case: bool) -> tuple[list[str], list[int], dict[str, list[int]]]:
    words = _WORD.findall(_normal(view, ignore_case))
    starts = [m.start() for m in _WORD.finditer(_normal(view, ignore_case))]
    where: dict[str, list[int]] = {}
    for index, word in enumerate(words):
        where.setdefault(word, []).append(index)
    return words, starts, where


def test_lowered_word_index_is_the_index_of_the_lowered_view() -> None:
    texts = [
        *TEXTS,
        "İstanbul, ISTANBUL, ıstanbul; ſaint SAINT Saint; ÉCOLE École école; ÀÉÎÕÜ àéîõü ÇÑ çñ; Œuvre ŒUVRE",
    ]
    views = [mask(text) for text in texts if not _exotic_view(mask(text))]
    assert len(views) == len(texts) - 1  # the Greek text is read by the regex
    for view in views:
        assert _word_index(view, True) == _word_index_read_directly(view, True)
        assert _word_index(view, False) == _word_index_read_directly(view, False)


def test_find_word_finds_what_the_bounded_regex_finds() -> None:
    from munigraph.loaders.documents.markup import find_word

    cases = [
        ("the city of lyon and lyonnais", "lyon", ""),
        ("lyonnais, then lyon", "lyon", ""),
        ("saint-denis and denis", "denis", "-"),
        ("saint-denis", "denis", ""),
        ("uclg_africa uclg", "uclg", ""),
        ("no match here", "lyon", ""),
        ("Ⅳlyon² lyon", "lyon", ""),
    ]
    for text, phrase, joiners in cases:
        found = re.search(rf"(?<![\w{joiners}]){re.escape(phrase)}(?![\w{joiners}])", text)
        assert find_word(text, phrase, joiners) == (found.start() if found else -1)
