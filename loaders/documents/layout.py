"""Layouts of other sources mended in the view, before any rule reads it: text taken out of a
PDF or a plain-text mail (lines wrapped inside paragraphs, words hyphenated at line ends,
running headers, footers and page numbers between paragraphs) and list bullets of other
glyphs ("·", "▸", "■"). Every change keeps the view as long as the text:

- a line break inside a wrapped paragraph becomes a blank, so the paragraph is one line (as a
  web page has it) and a name broken over two lines is one name;
- a word hyphenated at a line end is joined by moving the rest of the word left over the
  hyphen and the break ("munici-\\npal" reads "municipal" then two blanks; "Jean-\\nBaptiste"
  keeps its hyphen): :attr:`Layout.joined` maps where the joined word ends in the view to where
  it ends in the text, so a span ending there is read, quoted and named from the whole word;
- page furniture (a page number alone, a running header or footer with its page number) is
  blanked.

Web pages, whose paragraphs are one line each, are left as they are: wrapping is mended only
where the text shows it (:func:`_wrapped`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from munigraph.loaders.documents.markup import Line, lines

# Bullets of other glyphs, blanked in the view as "•" is (markup.mask): "· Ana Ruiz", "▸ Lyon"
LEAD_GLYPHS = "·▸▹▪■□◦○►▶‣⁃➢➤→✔❖◆◇♦"
_LEAD_GLYPH = re.compile(rf"^[ \t]*([{LEAD_GLYPHS}])(?=[ \t]+\S)", re.M)
# A page number alone on its line: "12", "- 12 -", "Page 3", "page 3 of 10", "Página 3 de 10", "3/10"
_PAGE_NUMBER = re.compile(
    r"[ \t]*(?:[-–—][ \t]*)?(?:(?:page|p\.|pag\.|pág\.|página|pagina)[ \t]*)?\d{1,4}"
    r"(?:[ \t]*(?:/|of|sur|de)[ \t]*\d{1,4})?(?:[ \t]*[-–—])?[ \t]*",
    re.I,
)
# A running header or footer: words and a page number parted by a wide gap ("Annual Report 2023      7",
# "8      Annual Report 2023", "Rapport d'activité      page 12")
_FURNITURE = re.compile(
    r"[ \t]*(?:\d{1,4}(?:[ \t]{3,}|\t)\S[^\n]*|\S[^\n]*?(?:[ \t]{3,}|\t)(?:(?:page|p\.|pág\.|página)[ \t]*)?\d{1,4})[ \t]*",
    re.I,
)
_SAID_PAGE = re.compile(r"(?:^|\s)(?:page|p\.|pág\.|página)[ \t]*\d", re.I)
_KEY = re.compile(r"[\W\d_]+")
# A line that wraps inside a sentence: it ends in a word, a comma or a closing sign, not a stop or a colon
_ENDS_OPEN = re.compile(r"[\w,;)'\"’»%]$")
_WIDE_GAP = re.compile(r"\t|[ \t]{3,}")  # a table row, not prose
_HYPHEN_END = re.compile(r"[^\W\d_]{2}-$")  # "munici-": a word cut at the line end
_FIRST_WORD = re.compile(r"[^\W\d_](?:[\w'’]|-(?=\w))*")
_ITEM = re.compile(rf"[ \t]*(?:[-+*>•●✓–—{LEAD_GLYPHS}]|\d{{1,2}}[.)])[ \t]")
# "Animation : M. X", "Speakers: A", "Lugar: Sala 1": a line that opens with a label of up to three words is
# a line of its own, never the wrapped rest of the line above (x-attend)
# ("Atelier B – Title", "Panel 2 — Title": a numbered heading too)
_LABEL_LINE = re.compile(
    r"[ \t]*[A-ZÀ-Þ][\w'’-]*(?:(?:[ \t]+[\w'’-]+){0,2}[ \t]*:[ \t]|[ \t]+(?:\d{1,2}|[A-Z]|[IVX]{1,4})[ \t]*[–—-][ \t])"
)
_PROSE = 45  # characters: a shorter line is a heading, a name or a signature line, never wrapped prose
_FULL = 0.6  # of the longest line: a wrapped line fills most of the width, a heading does not


@dataclass
class Layout:
    """The mended view and, for each word joined over a hyphen, where it ends in view and text."""

    view: str
    joined: dict[int, int] = field(default_factory=dict)


def mend(text: str, view: str) -> Layout:
    """The view with bullets, page furniture, wrapped lines and hyphenated words mended."""
    chars = list(view)
    for m in _LEAD_GLYPH.finditer(text):
        chars[m.start(1)] = " "
    all_lines = lines(view)
    furniture = _furniture(text, all_lines)
    for index in furniture:
        line = all_lines[index]
        chars[line.start : line.end] = " " * (line.end - line.start)
    layout = Layout("")
    if _wrapped(text, all_lines):
        _join_lines(text, all_lines, furniture, chars, layout)
    layout.view = "".join(chars)
    return layout


def _furniture(text: str, all_lines: list[Line]) -> set[int]:
    """Indexes of the lines that are page furniture: a page number alone, a header or footer that
    says "page" or whose words come back on another line (the title, the same footer with
    another page number)."""
    keys = [_KEY.sub(" ", text[ln.start : ln.end]).strip().lower() for ln in all_lines]
    counts = Counter(keys)
    found = set()
    for i, ln in enumerate(all_lines):
        if not ln.text.strip():
            continue
        if (
            _FURNITURE.fullmatch(text, ln.start, ln.end)
            and keys[i]
            and (counts[keys[i]] > 1 or _SAID_PAGE.search(text, ln.start, ln.end))
            or _PAGE_NUMBER.fullmatch(text, ln.start, ln.end)
            and _between_blanks(all_lines, i)
        ):
            found.add(i)
    return found


def _between_blanks(all_lines: list[Line], index: int) -> bool:
    """A line with a blank line (or the text's end) on both sides."""
    before = index == 0 or not all_lines[index - 1].text.strip()
    after = index + 1 == len(all_lines) or not all_lines[index + 1].text.strip()
    return before and after


def _wrapped(text: str, all_lines: list[Line]) -> bool:
    """Whether the text wraps its paragraphs: two line ends at least inside a sentence (the next
    line goes on in lower case) or inside a word (a hyphen)."""
    breaks = 0
    for line, following in itertools.pairwise(all_lines):
        body = line.text.rstrip()
        if len(body) < _PROSE or _WIDE_GAP.search(body):
            continue
        first = _FIRST_WORD.match(following.text.lstrip())
        if first and (_HYPHEN_END.search(body) or (_ENDS_OPEN.search(body) and first.group()[0].islower())):
            breaks += 1
    return breaks >= 2


def _join_lines(text: str, all_lines: list[Line], furniture: set[int], chars: list[str], layout: Layout) -> None:
    """Blank the line breaks inside wrapped paragraphs (through page furniture) and join the words
    hyphenated at a line end."""
    width = max((len(ln.text.rstrip()) for ln in all_lines if not _WIDE_GAP.search(ln.text.strip())), default=0)
    for index, line in enumerate(all_lines):
        body = line.text.rstrip()
        hyphen = _HYPHEN_END.search(body)  # a word cut at the line end: wrapped, however long the line
        if len(body) < (_PROSE if hyphen else max(_PROSE, width * _FULL)) or _WIDE_GAP.search(body):
            continue
        if not (_ENDS_OPEN.search(body) or hyphen):
            continue
        after = index + 1
        while after < len(all_lines) and (after in furniture or not all_lines[after].text.strip()):
            after += 1  # a page break between two halves of a paragraph: its header, footer and number
        if after >= len(all_lines) or (after > index + 1 and not furniture.intersection(range(index + 1, after))):
            continue
        following = all_lines[after]
        if (
            not following.text.strip()
            or _ITEM.match(text, following.start)
            or _WIDE_GAP.search(following.text.strip())
            or _LABEL_LINE.match(following.text)
        ):
            continue
        first = _FIRST_WORD.match(following.text, len(following.text) - len(following.text.lstrip()))
        if first is None:
            continue
        end = line.start + len(body)
        if hyphen and after == index + 1 and first.start() == 0:
            _join_hyphenated(following, first, end, chars, layout)
        elif _ENDS_OPEN.search(body):
            chars[end : following.start] = " " * (following.start - end)


def _join_hyphenated(following: Line, first: re.Match[str], end: int, chars: list[str], layout: Layout) -> None:
    """ "munici-\\npal": the rest of the word moved left over the hyphen and the break (a capital
    after the hyphen keeps it: "Jean-\\nBaptiste")."""
    word = first.group()
    keep = 1 if word[0].isupper() else 0  # the hyphen stays before a capital
    start = end - 1 + keep  # where the rest of the word goes
    shift = following.start - start
    chars[start : start + len(word)] = list(word)
    chars[start + len(word) : following.start + len(word)] = " " * shift
    layout.joined[start + len(word)] = following.start + len(word)
