"""A pattern behind the guard of its first characters (``markup.guarded``) finds exactly what it
finds alone, on sentences written here (cues of every role in the three languages, cases mixed)."""

from __future__ import annotations

import re

import pytest
from munigraph.loaders.documents import (
    bodies,
    body_meetings,
    ceremonies,
    events,
    meetings,
    membership,
    roles,
    rosters,
    speech,
    twins,
)
from munigraph.loaders.documents.markup import guarded, openings

TEXTS = [
    "La séance, modérée par Anne Roux (Lyon), a été ouverte par le maire ; Co-présidée par Jan Berg.",
    "MODERATED BY: Ana Ruiz. Speakers: Li Wei, Tom Hale; panel: the mayors. Welcome remarks by Sam Cole.",
    "La sesión fue moderada por la alcaldesa de Quito y presidida por Juan Pérez; ponentes: Eva Gil, Noé Paz.",
    "Facilitation et synthèse par Léa Blanc — coordinated by: Omar Diallo; person in charge: K. Ito (Kyoto).",
    "ﬁrst Kelvin K and ſpeakers: and İntervenants : Ruth Maier; hosted by the City of Graz; hôte : Oslo.",
    "",
]
PATTERNS = [
    re.compile(
        r"(?<![^\W_])(?:" + "|".join(f"(?P<{role}>{pattern})" for role, pattern in roles.CUES) + ")", re.I
    ),  # roles.CUE unguarded
    re.compile("(?P<a>chaired by|moderated by)|panel:", re.I),
    re.compile(r"(?:de\s+)?(?:la|el)\s+[a-z]+|[ée]t[ée]", re.I),
    re.compile(r"(?i:a)bc|x"),  # a letter of either case first: left unguarded
    re.compile(r"(?<![\w-])(?:mayor|maire|alcalde)s?(?![\w-])|\bpor\b", re.I),  # lookbehinds and anchors read nothing
    re.compile(r"(?i)por|par"),  # global flags written first
    re.compile(r"[A-Z]\w+|x"),  # a class first: left unguarded
    re.compile(r"(?:por)?"),  # can match nothing: left unguarded
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:24])
def test_guarded_finds_what_the_pattern_finds(pattern: re.Pattern[str]) -> None:
    for text in TEXTS:
        expected = [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.lastgroup, m.groups()) for m in guarded(pattern).finditer(text)] == expected


def test_cues_are_guarded() -> None:
    assert roles.CUE.pattern == guarded(PATTERNS[0]).pattern != PATTERNS[0].pattern
    assert sum(1 for text in TEXTS for _ in roles.CUE.finditer(text)) >= 15


def test_guard_is_added_only_where_it_is_exact() -> None:
    assert guarded(PATTERNS[1]).pattern == "(?=[cmp])(?:(?P<a>chaired by|moderated by)|panel:)"
    assert guarded(PATTERNS[2]).pattern.startswith("(?=[delé])")
    assert guarded(PATTERNS[4]).pattern.startswith("(?=[amp])")
    assert [guarded(p) is p for p in (PATTERNS[3], *PATTERNS[5:])] == [True, True, True, True]


def _guarded_patterns() -> list[re.Pattern[str]]:
    return [
        twins.TWIN_CUE, speech.SPOKE, speech._PARTICIPATION, meetings._HELD, meetings._QUOTED_SESSION,  # noqa: SLF001
        meetings._ATTENDED_VERB, events._QUOTED_EVENT, bodies._HEAD, membership._MEMBER,  # noqa: SLF001
        membership._ADMISSION, rosters._APPOINTED, ceremonies._CEREMONY, body_meetings._ATTENDED,  # noqa: SLF001
    ]  # fmt: skip


def test_the_rules_patterns_are_guarded_and_find_the_same() -> None:
    for pattern in _guarded_patterns():
        assert pattern.pattern.startswith("(?=["), pattern.pattern[:60]
        unguarded = re.compile(pattern.pattern[pattern.pattern.index("])(?:") + 5 : -1], pattern.flags)
        assert guarded(unguarded).pattern == pattern.pattern
        for text in TEXTS:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in unguarded.finditer(text)]


# Long texts (past markup._SHORT) are scanned where a pattern's openings stand: the same matches,
# with every case mixed, dotted and dotless i, long s, and a text with a Kelvin sign (read whole).
LONG_TEXTS = [
    "\n".join(TEXTS[:4]) * 3,
    ("\n".join(TEXTS[:4]) * 3).upper(),
    ("\n".join(TEXTS[:4]) * 3).swapcase().replace("i", "ı").replace("s", "ſ").replace("I", "İ"),
    "\n".join(TEXTS) * 3,
]


@pytest.mark.parametrize("pattern", PATTERNS[:6], ids=lambda p: p.pattern[:24])
def test_long_texts_give_the_pattern_s_matches(pattern: re.Pattern[str]) -> None:
    for text in LONG_TEXTS:
        scanned = guarded(pattern)
        expected = [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.lastgroup, m.groups()) for m in scanned.finditer(text)] == expected
        for start in range(0, len(text), 37):  # windows, as rules search sentence by sentence
            found, alone = scanned.search(text, start, start + 90), pattern.search(text, start, start + 90)
            assert (found and found.span()) == (alone and alone.span())
            assert [m.span() for m in scanned.finditer(text, start, start + 90)] == [
                m.span() for m in pattern.finditer(text, start, start + 90)
            ]


def test_openings() -> None:
    assert sorted(openings(PATTERNS[1])) == ["cha", "mod", "pan"]
    assert sorted(openings(re.compile(r"(?:de\s+)?(?:la|el)\s|xy", re.I))) == ["de", "el", "la", "xy"]
    assert openings(re.compile(r"(?:de\s+)?(?:la|el)\s|x", re.I)) is None  # "x": one character
    assert sorted(openings(re.compile(r"a(?:bc)*d|[ée]t"))) == ["abc", "ad", "et", "ét"]  # once, or left out
    assert openings(re.compile(r"\w+ by")) is None and openings(re.compile(r"(?i:a)bc")) is None
    assert openings(re.compile(r"kelvin", re.I)) is not None and openings(re.compile("\u212a", re.I)) is None
