"""Where names start and end in running text: people, and the bodies or places after an office."""

from __future__ import annotations

import re
from functools import lru_cache

from munigraph.graph.resolution import orgs, people, places
from munigraph.graph.text import UPPER, clean, fold
from munigraph.loaders.documents import lexicon, roles

_UPPER = UPPER
_TOKEN = rf"[{_UPPER}][\w'’.-]*"
_PARTICLE = "|".join(sorted(people.PARTICLES, key=len, reverse=True))
# Two to five capitalised words, particles between them ("Jan van Zanen", "Souad Ben Abderrahime"),
# also after an elided "de" ("l'allocution d'Inès Garnier").
# between two words of a name: one space or two, not a column gap ("Olivier Dethier      Paul Martin": two signatories)
# nor a tab, which the view keeps only between the cells of a table (context.py)
_GAP = r"(?: {1,2}(?![ \t]))"
PERSON = re.compile(rf"(?:(?<![\w'’-])|(?<=\b[dD]['’])){_TOKEN}(?:{_GAP}(?:(?:{_PARTICLE}){_GAP})*{_TOKEN}){{1,4}}")

# Words that end a name in running text: a verb, a clause (lang/*.yaml "name_stops")
_STOP = re.compile(r"^" + lexicon.words_re("name_stops") + r"$", re.I)
# Small words a name never ends with ("Forum des villes de" is cut to "Forum des villes")
CONNECTORS = lexicon.folded_set("connectors")
# Words a sentence can open with, capitalised there, that start no name ("Selon Jean Dupont")
_OPENERS = re.compile(r"^" + lexicon.words_re("sentence_openers") + r"$", re.I)
# "Session A", "Atelier B – Mobilités", "The Chair": a programme's part, an office with its article ("Le Drian" is a name)
_NOT_A_NAME_START = re.compile(r"^(?:" + lexicon.words_re("session_heads") + r"|the)$", re.I)


def _titles(word: str) -> bool:
    """An office or an honorific ("Mayor", "Mr.") standing inside a run of capitalised words."""
    return people.is_office_word(word) or people.leading_title(f"{word} X") > 0


def people_in(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of person names between ``start`` and ``end``."""
    return list(_people_in(view, start, end))


# A small word glued to a name where scraped text lost a line break ("Dario NardellaAnd it is scheduled")
_GLUED = re.compile(r"(?<=[a-zà-ÿ]{3})(?:And|The|It|In|On|At|For|With|This|Et|Les|Los|Las|Il|Elle)$")


def _sentence_stop(view: str, s: int, e: int) -> re.Match | None:
    """ "Paolo Ricci. Delegates": a word of three letters or more, then a dot that ends a sentence."""
    return next((d for d in re.finditer(r"([\w'’-]{3,})\.[ \t]", view[s:e]) if not _titles(d.group(1) + ".")), None)


def _runs(view: str, start: int, end: int):  # noqa: ANN202 (a generator of spans)
    """Runs of capitalised words; after a sentence's end inside a run, what follows is a run of its
    own ("8 November. Mayor Asnafi said": "Mayor Asnafi")."""
    for m in PERSON.finditer(view, start, end):
        s, e = m.span()
        yield s, e
        while (stop := _sentence_stop(view, s, e)) is not None:
            tail = PERSON.match(view, s + stop.end(), e)
            if tail is None:
                break
            s, e = tail.span()
            yield s, e


@lru_cache(maxsize=2048)  # several steps ask for the names of the whole document
def _people_in(view: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    found = []
    for s, e in _runs(view, start, end):
        inner = [w for w in re.finditer(r"\S+", view[s:e])][1:-1]
        office = next((w for w in reversed(inner) if _titles(w.group(0))), None)
        if office:  # "Lyon Mayor Jane Roe", "Tetouan Mr. Ali Said": the name starts after the title
            after = PERSON.match(view, s + office.end() + 1, end)
            if not after:
                continue
            s, e = after.span()
        stop = _sentence_stop(view, s, e)
        if stop:  # "Paolo Ricci. Delegates thanked": a sentence ends inside the run
            e = s + stop.end(1)
            if " " not in view[s:e].strip():
                continue
        if any(fold(word) in lexicon.folded_set("region_words") for word in view[s:e].split()):
            continue  # "Afrique Centrale", "Latin America": a region
        if _NOT_A_NAME_START.match(view[s:e].split()[0]):
            continue  # "Session A", "Atelier B", "The Chair": a part of a programme, an office
        if fold(view[s:e].split()[0]) in orgs.HEAD_WORDS:
            continue  # "Comisión de Cultura", "Fondation Abbé Pierre": a body's name
        office = roles.office(view[s:e])
        if office and roles.OF.match(office[2]):
            continue  # "Ex Alcalde de Toledo", "Vice-Président de Lyon": an office of a place, no name
        opener = re.match(r"(\S+)[ \t]+", view[s:e])
        if opener and _OPENERS.match(opener.group(1)) and view[s + opener.end() : e].count(" ") >= 1:
            s += opener.end()  # "Selon Jean Dupont": the name starts after the opener
        title = people.leading_title(view[s:e])  # "Coprésident Jan Van Zanen", "H.E. Ms. Jane Roe"
        if title and " " in view[s + title : e].strip():
            s += title
        s += _place_after_office(view, s, e)
        text = _GLUED.sub("", view[s:e].rstrip())  # "Dario NardellaAnd it is": a lost line break
        if re.search(r"\w{2}\.$", text):
            text = text[:-1]  # "... Anne Roux." ends a sentence; an initial ("J.") keeps its dot
        # drop trailing words that are not part of the name ("Emilia Saiz Secretary General")
        while " " in text and (not people.looks_like_name(text) or people.is_office_word(text.rsplit(" ", 1)[1])):
            text = text[: text.rfind(" ")].rstrip()
        only_office = roles.office(text)
        if only_office and not only_office[2].strip():
            continue  # "Special Representative", "Deputy Director": an office, nobody's name
        if any(fold(word) in lexicon.folded_set("not_name_words") for word in text.split()):
            continue  # "City Theater", "Teatro della Toscana", "European Democratic Cities": no one's name
        if roles.GOVERNMENT_AFTER.match(text):
            continue  # "Diputación Ourense", "Ville de Dakar": a local government
        if any(re.sub(r"s$", "", fold(word)) in orgs.HEAD_WORDS for word in text.split()):
            continue  # "Sub-National Administration Councils", "Municipal Foreign Affairs Office": a body
        if people.looks_like_name(text) and not places.is_country_name(text):  # "The Gambia"
            found.append((s, s + len(text.rstrip())))
    return tuple(found)


_OFFICE_OF_BEFORE = re.compile(r"([\w'’-]+)[ \t]+(?:of|de|del|du)[ \t]+$|([\w'’-]+)[ \t]+d['’]$", re.I)


def _place_after_office(view: str, start: int, end: int) -> int:
    """How many characters of a run are the place of the office written before it, not a name:
    "the Mayor of Paris Anne Hidalgo", "le maire de Lyon Grégory Doucet" (0 when none)."""
    before = _OFFICE_OF_BEFORE.search(view, max(0, start - 40), start)
    if not before or not people.is_office_word(before.group(1) or before.group(2)):
        return 0
    words = list(re.finditer(r"\S+", view[start:end]))
    for count in range(min(3, len(words) - 2), 0, -1):
        place, rest = view[start : start + words[count - 1].end()], view[start + words[count].start() : end]
        city = places.resolve_city(place)
        if city is not None and city.score >= 0.8 and people.looks_like_name(rest):
            return words[count].start()
    return 0


def cut_name(view: str, start: int, end: int) -> int:
    """Where a name starting at ``start`` ends: before a verb, a clause or punctuation."""
    stop = start
    for i, m in enumerate(re.finditer(r"[^\s,.;:()\"!?]+|[,.;:()\"!?]", view[start:end])):
        word = m.group(0)
        if word in ',.;:"!?' or (word == "(" and i):
            break
        if word in "()":
            continue
        if i and _STOP.match(word):
            break
        if i and word.lower() in ("et", "and", "y"):
            rest = view[start + m.end() : end].lstrip(" *")
            if not rest[:1].isupper() and not rest.lower().startswith(("les ", "la ", "des ", "l'", "de ")):
                break
        stop = start + m.end()
    text = view[start:stop]
    words = text.split()
    while len(words) > 1 and fold(words[-1]) in CONNECTORS:
        words.pop()
        stop = start + text.rfind(words[-1]) + len(words[-1])
    return stop


# "A, B et C", "A, B or C": a comma (perhaps with a word), or a joining word alone (lang/*.yaml
# "list_joints" and "list_or_joints")
_ITEM_WORD = lexicon.classes_re("list_joints", "list_or_joints")
_ITEM_JOINT = re.compile(rf",\s*{_ITEM_WORD}?\s*|\s+{_ITEM_WORD}\s+")


def split_list(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of an enumeration "A, B et C" / "A, B and C" / "A, B y C"."""
    items = []
    cursor = start
    for m in _ITEM_JOINT.finditer(view[start:end]):
        items.append((cursor, start + m.start()))
        cursor = start + m.end()
    items.append((cursor, end))
    return [(s, e) for s, e in items if clean(view[s:e]).strip(" *")]
