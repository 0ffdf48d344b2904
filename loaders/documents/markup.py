"""A same-length view of the text for matching, and spans back into the original.

Markdown emphasis, non-breaking spaces, typographic apostrophes and dashes are replaced
character for character, so every offset found in the view is an offset in the text and
quotes are exact substrings of the document.
"""

from __future__ import annotations

import bisect
import itertools
import re
import re._constants as _sre  # the parsed form of a pattern, for guarded()
import re._parser as _parser
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

_SAME_LENGTH = str.maketrans(
    {
        "*": " ", "_": " ", "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\t": " ", "\u2009": " ",
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2013": "-", "\u2014": "-", "\u2011": "-",
        "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u2022": " ", "\u25cf": " ",
    }
)  # fmt: skip
_ACCENTS = {
    "a": "aàáâãäå", "e": "eèéêë", "i": "iìíîï", "o": "oòóôõöø", "u": "uùúûü", "c": "cç", "n": "nñ", "y": "yýÿ",
}  # fmt: skip


def mask(text: str) -> str:
    """The view: same length as ``text``, with markup and typography flattened."""
    return text.translate(_SAME_LENGTH)


@dataclass
class Line:
    start: int
    end: int
    text: str  # the view of the line

    @property
    def stripped(self) -> str:
        return self.text.strip()


def lines(view: str) -> list[Line]:
    found, offset = [], 0
    for raw in view.split("\n"):
        found.append(Line(offset, offset + len(raw), raw))
        offset += len(raw) + 1
    return found


def trim(view: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with blanks, bullets or separators."""
    while start < end and (view[start] in "-:,;.>|" or view[start].isspace()):
        start += 1
    while end > start and (view[end - 1] in ",;:-" or view[end - 1].isspace()):
        end -= 1
    return start, end


@lru_cache(maxsize=65536)  # a document's names are asked for again and again
def loose(phrase: str) -> str:
    """A regex for ``phrase`` that tolerates case, accents, markup, spacing and apostrophes."""
    parts = []
    for char in mask(phrase).strip():
        low = char.lower()
        if char == " ":
            parts.append(r"[\s*_]+")
        elif char == "'":
            parts.append(r"['’]\s*")
        elif char == "-":
            parts.append(r"[-\s]")
        elif low in _ACCENTS or any(low in v for v in _ACCENTS.values()):
            base = next((k for k, v in _ACCENTS.items() if low in v), low)
            variants = _ACCENTS[base].upper() if char.isupper() else _ACCENTS[base]
            parts.append(f"[{variants}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def find_word(text: str, phrase: str, joiners: str = "") -> int:
    r"""Where ``phrase`` first stands in ``text`` with no word character (nor one of ``joiners``) touching
    either end, or -1: what ``re.search(rf"(?<![\w{joiners}]){re.escape(phrase)}(?![\w{joiners}])", text)``
    finds, without compiling a regex for each phrase (``\w`` is what ``str.isalnum`` or "_" accepts)."""

    def joins(at: int) -> bool:
        if not 0 <= at < len(text):
            return False
        char = text[at]
        return char.isalnum() or char == "_" or char in joiners

    at = text.find(phrase)
    while at >= 0:
        if not joins(at - 1) and not joins(at + len(phrase)):
            return at
        at = text.find(phrase, at + 1)
    return -1


def sentences(view: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Sentence spans (a sentence also ends at a blank line)."""
    end = len(view) if end is None else end
    opened = None  # where a sentence started that an abbreviation kept open ("par M. Jean Dupont")
    for m in _SENTENCE.finditer(view, start, end):
        if m.end() < end and view[m.end()] in " \t" and _abbreviation(view, m.start(), m.end()):
            opened = m.start() if opened is None else opened
            continue
        s, e = trim(view, m.start() if opened is None else opened, m.end())
        opened = None
        if e > s:
            yield s, e
    if opened is not None:
        s, e = trim(view, opened, end)
        if e > s:
            yield s, e


# A sentence runs to a stop followed by a blank (or a closing quote or bracket, then a blank): a
# stop inside a word or a number ("1.30", "U.S.", "p.m.,") does not end it.
# nor does a stop before a spaced dash that goes on with the sentence ("Lepore (Bologna). - Erion").
_SENTENCE = re.compile(
    r"(?:[^.!?\n]|[.!?]+(?![\s\"')\]]|$)|[.!?]+(?=[ \t]+-[ \t]))+(?:[.!?]+[\"')\]]*(?=\s|$)|\n|$)|[^\n]+"
)
# A period that ends an initial, an honorific or dotted capitals, not a sentence ("M. Jean
# Dupont", "J. Roe", "Dª. Ana", "the U.S. Department")
_ABBREVIATION = re.compile(
    r"(?:^|(?<=[\s(]))(?:[A-Z]|M|Mme|Mlle|Mr|Mrs|Ms|Dr|Dra|Pr|Prof|Sr|Sra|Srta|Dña|Dª|St|Ste|Sta|(?:[A-Z]\.)+[A-Z])\.$"
)
# A lower-case abbreviation ("p.m.", "e.g.", "etc."): it ends a sentence only before a capital.
_LOWER_ABBREVIATION = re.compile(r"(?:^|(?<=[\s(]))(?:(?:[a-z]\.)+[a-z]|etc|approx|vs)\.$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")


def _abbreviation(view: str, start: int, end: int) -> bool:
    """The stop at ``end`` closes an abbreviation that keeps the sentence open."""
    if _ABBREVIATION.search(view, start, end):
        return True
    if not _LOWER_ABBREVIATION.search(view, start, end):
        return False
    following = _NEXT_WORD.match(view, end)
    return following is not None and following.group(1).islower()


def overlaps_any(sorted_spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``sorted_spans`` (sorted, non-overlapping)."""
    index = bisect.bisect_left(sorted_spans, (end, end))
    return index > 0 and sorted_spans[index - 1][1] > start


class SpanIndex:
    """Spans, overlapping or not, asked in log time whether one of them covers a range.

    >>> SpanIndex([(0, 10), (5, 8)]).covers(6, 9), SpanIndex([(5, 8)]).covers(4, 6)
    (True, False)
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end so far
        self.added: list[tuple[int, int]] = []  # a few spans beside the index, looked through one by one

    def with_added(self, added: list[tuple[int, int]]) -> SpanIndex:
        """This index and a few more spans, without indexing them all again (bodies found one by
        one in a long text would otherwise have it rebuilt once for each).

        >>> SpanIndex([(0, 4)]).with_added([(10, 20)]).overlaps(15, 16)
        True
        """
        index = SpanIndex([])
        index.starts, index.reach, index.added = self.starts, self.reach, [*self.added, *added]
        return index

    def covers(self, start: int, end: int) -> bool:
        """Whether a span has ``s <= start`` and ``end <= e``."""
        i = bisect.bisect_right(self.starts, start) - 1
        return (i >= 0 and self.reach[i] >= end) or any(s <= start and end <= e for s, e in self.added)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span has ``s < end`` and ``start < e``."""
        i = bisect.bisect_left(self.starts, end) - 1
        return (i >= 0 and self.reach[i] > start) or any(s < end and start < e for s, e in self.added)

    def strictly_around(self, at: int) -> bool:
        """Whether a span has ``s < at < e``."""
        i = bisect.bisect_left(self.starts, at) - 1
        return (i >= 0 and self.reach[i] > at) or any(s < at < e for s, e in self.added)


# Accented letters to their base letter, case kept: where ``loose`` reads a class of letters,
# the based view has one letter, so the words a phrase can match are words of the based view.
_BASE = str.maketrans(
    {v: base for base, vs in _ACCENTS.items() for v in vs}
    | {v.upper(): base.upper() for base, vs in _ACCENTS.items() for v in vs}
)
_WORD = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")


# Under re.I a letter matches the letters of the same simple lowercase (and i/ı, s/ſ): lowered with
# those mapped, then based, the words a phrase can match are words of the lowered view. Letters past
# Latin Extended-B (and µ) have other equivalences: a phrase or view holding one is read by the regex.
_BEFORE_LOWER = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _exotic(char: str) -> bool:
    """A letter with case equivalences other than its lowercase (Greek σ/ς, µ/μ): signs, digits,
    Latin letters and uncased scripts are not."""
    return char == "µ" or (char > "\u024f" and (char.lower() != char or char.upper() != char))


@lru_cache(maxsize=4)
def _exotic_view(view: str) -> bool:
    return any(_exotic(c) for c in set(view))


def _normal(text: str, ignore_case: bool) -> str:
    return (_fold(text) if ignore_case else text).translate(_BASE)


@lru_cache(maxsize=4)
def _word_index(view: str, ignore_case: bool = False) -> tuple[list[str], list[int], dict[str, list[int]]]:
    """The words of the view (accents dropped, lowered if ``ignore_case``), where each starts, and
    the indexes of each word's occurrences: built once per view."""
    if ignore_case and not _exotic_view(view):
        return _lowered(*_word_index(view, False))
    pieces = _WORD_SPLIT.split(_normal(view, ignore_case))  # blanks, word, blanks, word, ..., blanks
    words = pieces[1::2]
    starts = list(itertools.accumulate(map(len, pieces)))[0:-1:2]  # each word starts where the blanks before it end
    where: dict[str, list[int]] = {}
    for index, word in enumerate(words):
        where.setdefault(word, []).append(index)
    return words, starts, where


def _lowered(
    words: list[str], starts: list[int], where: dict[str, list[int]]
) -> tuple[list[str], list[int], dict[str, list[int]]]:
    """The index of the lowered view from the index of the view: without letters of other case
    equivalences (:func:`_exotic`) each letter lowers to one letter, a word character to a word
    character, so the words stand where they stood and each lowers on its own (read once per
    distinct word, not once per word of the text)."""
    lower = {word: _normal(word, True) for word in where}
    merged: dict[str, list[list[int]]] = {}
    for word, indexes in where.items():
        merged.setdefault(lower[word], []).append(indexes)
    lowered = {word: runs[0] if len(runs) == 1 else sorted(itertools.chain(*runs)) for word, runs in merged.items()}
    return [lower[word] for word in words], starts, lowered


@lru_cache(maxsize=65536)
def _phrase_words(phrase: str, ignore_case: bool) -> tuple[bool, tuple[str, ...]] | None:
    """Whether a phrase opens with a word, and its words as :func:`_word_index` has them; None
    when (``ignore_case``) it holds a letter of other case equivalences."""
    masked = mask(phrase).strip()
    normal = _normal(masked, ignore_case)
    if ignore_case and any(_exotic(c) for c in masked):
        return None
    return bool(_WORD.match(normal)), tuple(_WORD.findall(normal))


@lru_cache(maxsize=16384)
def _phrase_pattern(phrase: str, tail: str, flags: int = 0, ahead: bool = False) -> re.Pattern[str]:
    pattern = r"(?<![\w-])(?:" + loose(phrase) + ")" + tail
    return re.compile(f"(?={pattern})" if ahead else pattern, flags)  # ahead: every place it matches


def find_phrases(
    phrases: Sequence[str],
    view: str,
    tail: str = r"(?![\w-])",
    ignore_case: bool = False,
    regex: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    r"""The matches ``re.finditer(r"(?<![\w-])(?:" + "|".join(map(loose, phrases)) + ")" + tail, view)``
    gives (with ``re.I`` if ``ignore_case``), found without building that regex or scanning the whole
    text with it: a match of ``loose(phrase)`` is the phrase's words one after the other (accents
    aside, signs between them), so only where they stand so (found from the rarest) is a phrase
    tried, phrases in their order (one opening with a sign, where its own regex matches). Linear
    in the text, not in text times phrases (a long text names many cities). ``regex``: that
    regex compiled already, for the texts it must read (see below).

    >>> [m.group() for m in find_phrases(["Saint-Étienne", "Saint"], "Saint Etienne, Saint Denis, Saints")]
    ['Saint Etienne', 'Saint']
    """
    flags = re.I if ignore_case else 0
    words = [_phrase_words(p, ignore_case) for p in phrases]
    if not phrases or None in words or (ignore_case and _exotic_view(view)):
        # letters with other case equivalences: the plain regex
        if regex is None:
            regex = re.compile(r"(?<![\w-])(?:" + "|".join(loose(p) for p in phrases) + ")" + tail, flags)
        yield from regex.finditer(view)
        return
    view_words, starts, where = _word_index(view, ignore_case)
    tried: dict[int, list[str]] = {}  # start -> the phrases whose words follow one another there, in order
    for phrase, read in zip(phrases, words, strict=True):
        opens_with_word, phrase_words = read or (False, ())
        if any(w not in where for w in phrase_words):
            continue
        if not opens_with_word:  # "«Title»", "(ACR)": tried wherever its own regex matches
            for m in _phrase_pattern(phrase, tail, flags, ahead=True).finditer(view):
                tried.setdefault(m.start(), []).append(phrase)
            continue
        size, wanted = len(phrase_words), list(phrase_words)
        counts = [len(where[w]) for w in phrase_words]
        rarest = counts.index(min(counts))
        for index in where[phrase_words[rarest]]:
            first = index - rarest
            if first >= 0 and view_words[first : first + size] == wanted:
                tried.setdefault(starts[first], []).append(phrase)
    end = 0
    for at in sorted(tried):
        if at < end:
            continue
        for phrase in tried[at]:
            m = _phrase_pattern(phrase, tail, flags).match(view, at)
            if m:
                yield m
                end = m.end()
                break


def _first_chars(items: list, flags: int) -> tuple[set[str], bool] | None:
    """The characters a parsed sequence can start with, and whether it can match nothing; None
    when it can start with a class of characters (not worth a guard)."""
    chars: set[str] = set()
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # "\b", "(?<![\w-])": they read no character of the match
        if op is _sre.LITERAL:
            return chars | {chr(av)}, False
        if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
            return chars | {chr(a) for _, a in av}, False
        if op is _sre.SUBPATTERN:
            if av[1] & re.IGNORECASE and not flags & re.IGNORECASE:
                return None  # "(?i:...)": letters of either case
            inner = _first_chars(list(av[3]), flags)
        elif op is _sre.BRANCH:
            alternatives = [_first_chars(list(alt), flags) for alt in av[1]]
            if None in alternatives:
                return None
            inner = set().union(*(a[0] for a in alternatives)), any(a[1] for a in alternatives)  # type: ignore[index]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            inner = _first_chars(list(av[2]), flags)
            inner = inner and (inner[0], inner[1] or av[0] == 0)
        else:
            return None
        if inner is None:
            return None
        chars |= inner[0]
        if not inner[1]:
            return chars, False
    return chars, True


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for the characters its matches can start with: the same
    matches, found faster when it is a long alternation (re tries every alternative at every
    position; the guard fails at once where none can start). ``pattern`` itself when a match can
    start with a class of characters or be empty. Over a long text it is tried only where one of
    its openings stands (:class:`Prefiltered`).

    >>> guarded(re.compile("(?P<a>chaired by|moderated by)|panel:", re.I)).pattern
    '(?=[cmp])(?:(?P<a>chaired by|moderated by)|panel:)'
    """
    first = _first_chars(list(_parser.parse(pattern.pattern, pattern.flags)), pattern.flags)
    if first is None or first[1] or not first[0]:
        return pattern
    chars = "".join(re.escape(c) for c in sorted(first[0]))
    try:
        guard = re.compile(f"(?=[{chars}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global flags written in the pattern ("(?i)...") must stay first
        return pattern
    found = openings(pattern)
    return Prefiltered(guard, found) if found else guard  # type: ignore[return-value]


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters (lowered as re.I compares them, with ``re.I``) one of which starts every
    match of ``pattern``; None when a match can start with a class of characters, with a letter
    of other case equivalences, or be empty.

    >>> sorted(first_chars(re.compile(r"(?<!\\w)(?:Chaired|[Mm]oderated) by", re.I)))
    ['c', 'm']
    >>> first_chars(re.compile(r"(?:\\w+ )?section")) is None
    True
    """
    first = _first_chars(list(_parser.parse(pattern.pattern, pattern.flags)), pattern.flags)
    if first is None or first[1] or not first[0]:
        return None
    if not pattern.flags & re.I:
        return frozenset(first[0])
    if any(_exotic(c) for c in first[0]):
        return None
    return frozenset(_fold(c) for c in first[0])


# The first characters of a match read before a long pattern is tried there: three tell most
# places apart where none of a long alternation can match ("mod", "pre", "par" of the cues).
_OPENING = 3
_MOST_OPENINGS = 4096  # more (classes of letters one after the other): shorter openings


class _NoOpening(Exception):
    """A pattern's matches can start in ways openings do not tell (letters of other case equivalences)."""


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The strings (two to ``_OPENING`` characters, lowered with ``re.I``) one of which starts
    every match of ``pattern``; None when a match can start with any character, a class of them,
    or a string of one character.

    >>> sorted(openings(re.compile(r"\\b(?:Moderated|chair(?:ed)?)\\s+by|[Pp]anel:", re.I)))
    ['cha', 'mod', 'pan']
    >>> openings(re.compile(r"\\w+ by")) is None
    True
    """
    ignore_case = bool(pattern.flags & re.I)
    done: set[str] = set()
    try:
        rest = _extend(list(_parser.parse(pattern.pattern, pattern.flags)), ignore_case, {""}, done)
    except _NoOpening:
        return None
    done |= rest
    if not done or min(map(len, done)) < 2:
        return None  # a match can start anywhere, or at one character (a blank, a capital): too many places
    return frozenset(o for o in done if not any(o[:size] in done for size in range(1, len(o))))  # "mo" covers "mod"


def _extend(items: list, ignore_case: bool, current: set[str], done: set[str]) -> set[str]:
    """Extend the openings ``current`` by a parsed sequence; those that stop short (a class of
    characters, an optional part, ``_OPENING`` reached) go to ``done``. Returns those that read the
    whole sequence, for what follows it to extend."""
    for op, av in items:
        if not current:
            break
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # "\b", "(?<![\w-])": they read no character of the match
        chars = _literal_chars(op, av, ignore_case)
        if chars is not None:
            if len(current) * len(chars) > _MOST_OPENINGS:
                done |= current
                return set()
            current = {o + c for o in current for c in chars}
            full = {o for o in current if len(o) >= _OPENING}
            done |= full
            current -= full
        elif op is _sre.SUBPATTERN:
            if (av[1] | av[2]) & re.I:  # "(?i:...)", "(?-i:...)": the case rule changes
                done |= current
                return set()
            current = _extend(list(av[3]), ignore_case, current, done)
        elif op is _sre.BRANCH:
            current = set().union(*(_extend(list(alt), ignore_case, set(current), done) for alt in av[1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, high, sub = av
            once = _extend(list(sub), ignore_case, set(current), done)
            if low == high == 1:
                current = once
            else:  # it may repeat (what follows one repetition is unknown) or be left out
                done |= once
                current = current if low == 0 else set()
        else:
            done |= current  # a class, any character, a reference: the openings stop here
            return set()
    return current


def _literal_chars(op: object, av: object, ignore_case: bool) -> set[str] | None:
    """The characters a literal or a small set of literals matches (lowered with ``re.I``)."""
    if op is _sre.LITERAL:
        chars = {chr(av)}  # type: ignore[arg-type]
    elif op is _sre.IN and all(o in (_sre.LITERAL, _sre.RANGE) for o, _ in av):  # type: ignore[attr-defined]
        chars = set()
        for o, a in av:  # type: ignore[attr-defined]
            if o is _sre.RANGE and a[1] - a[0] > 64:
                return None
            chars |= {chr(a)} if o is _sre.LITERAL else {chr(c) for c in range(a[0], a[1] + 1)}
    else:
        return None
    if not ignore_case:
        return chars
    if any(_exotic(c) for c in chars):
        raise _NoOpening  # "K" (Kelvin) matches "k" under re.I: no lowered opening tells
    return {_fold(c) for c in chars}


def _fold(text: str) -> str:
    """Lowered as re.I compares letters (same length: İ, ı and ſ mapped first)."""
    if "İ" in text or "ı" in text or "ſ" in text:  # rare: translate reads a text char by char, lower at once
        text = text.translate(_BEFORE_LOWER)
    return text.lower()


_FOLDED: dict[int, tuple[str, str | None]] = {}  # id -> (text, folded text or None), a few long texts


def folded(text: str) -> str | None:
    """``text`` lowered as re.I compares it (the same length: a place in it is a place in the text),
    or None when it holds letters of other case equivalences; kept for the last few long texts."""
    return _folded(text)


def _folded(text: str) -> str | None:
    """``text`` lowered as re.I compares it, or None when it holds letters of other case equivalences."""
    kept = _FOLDED.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    folded = None if _exotic_view(text) else _fold(text)
    if len(_FOLDED) >= 4:
        _FOLDED.pop(next(iter(_FOLDED)))
    _FOLDED[id(text)] = (text, folded)  # the text is held: its id cannot be another's while kept
    return folded


_SHORT = 300  # characters: a shorter text is scanned by the pattern itself


_PLACES: dict[str, list[int]] = {}  # where each opening stands in the last text searched (below)
_PLACES_IN: list[str] = [""]  # that text


def _places(text: str, opening: str) -> list[int]:
    """Where ``opening`` starts in ``text``, overlapping: kept for the last text, which the
    patterns of one document share (many of their openings are one another's: "pre", "par")."""
    if _PLACES_IN[0] is not text:
        _PLACES.clear()
        _PLACES_IN[0] = text
    places = _PLACES.get(opening)
    if places is None:
        places = []
        at = text.find(opening)
        while at >= 0:
            places.append(at)
            at = text.find(opening, at + 1)
        _PLACES[opening] = places
    return places


class Prefiltered:
    """A compiled pattern that, over a long text, is tried only where one of its openings stands
    (found with ``str.find``, once per text): the matches of ``finditer`` and ``search`` are the
    pattern's own, found without trying a long alternation at every position. Other methods are
    the pattern's."""

    def __init__(self, pattern: re.Pattern[str], found: frozenset[str]) -> None:
        self._pattern = pattern
        self._openings = tuple(sorted(found))
        self._ignore_case = bool(pattern.flags & re.I)
        self._seen: tuple[str, list[int] | None] | None = None  # the last text and where openings stand in it
        self.pattern, self.flags = pattern.pattern, pattern.flags

    def __getattr__(self, name: str) -> object:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self._pattern!r})"

    def _starts(self, text: str) -> list[int] | None:
        if len(text) < _SHORT:
            return None
        seen = self._seen
        if seen is not None and seen[0] is text:
            return seen[1]
        target = _folded(text) if self._ignore_case else text
        starts = None
        if target is not None:
            starts = sorted(set(itertools.chain.from_iterable(_places(target, o) for o in self._openings)))
        self._seen = (text, starts)
        return starts

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        starts = self._starts(string)
        if starts is None:
            return self._pattern.finditer(string, pos, endpos)
        return self._matches(string, starts, max(pos, 0), min(endpos, len(string)))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        starts = self._starts(string)
        if starts is None:
            return self._pattern.search(string, pos, endpos)
        return next(self._matches(string, starts, max(pos, 0), min(endpos, len(string))), None)

    def _matches(self, string: str, starts: list[int], pos: int, end: int) -> Iterator[re.Match[str]]:
        match = self._pattern.match
        for at in itertools.islice(starts, bisect.bisect_left(starts, pos), None):
            if at >= end:
                return
            if at >= pos and (m := match(string, at, end)):
                yield m
                pos = m.end()  # matches are never empty: the next starts at or after this end
