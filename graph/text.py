"""Folding and slugs: the one place names are normalised for comparison and ids."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007]+")

# Capital letters of Latin-1 and Latin Extended-A, for regex classes ("Fatma Şahin", "Łukasz")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"


def clean(text: str) -> str:
    """Normalise apostrophes and spaces (non-breaking included) and strip the ends.

    >>> clean("l\u2019Alliance\u00a0 des villes ")
    "l'Alliance des villes"
    """
    return _clean_short(text) if len(text) <= _SHORT else _clean(text)


_SHORT = 200  # characters: names and the spans they are read from, cleaned again and again


def _clean(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_APOSTROPHES)).strip()


@lru_cache(maxsize=16384)  # a document's rules clean the same names many times (most calls of a document repeat one)
def _clean_short(text: str) -> str:
    return _clean(text)


def forget_cleaned() -> None:
    """Drop the names cleaned so far (a loader reading a new document starts afresh, as a benchmark must)."""
    _clean_short.cache_clear()


@lru_cache(maxsize=65536)  # names are folded again and again (lookups, keys): fold each once
def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, used for lookup keys.

    >>> fold("Élsa  TOURÉ")
    'elsa toure'
    """
    decomposed = unicodedata.normalize("NFKD", clean(text).casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_UNDECOMPOSED)
    return _SPACES.sub(" ", re.sub(r"[^\w' ]+", " ", stripped)).strip()


# Letters with no decomposition into a base letter and an accent ("Łódź" folds to "lodz")
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})


def slug(text: str) -> str:
    """Readable id fragment: folded, words joined by hyphens.

    >>> slug("Jan Van Zanen")
    'jan-van-zanen'
    """
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


# The longest name a loader accepts: real names of cities, people and organisations stay far
# below it (the longest in the twinning datasets has 49 characters); a longer one is a
# scraping accident or an attack on whoever reads the graph.
MAX_NAME_LENGTH = 200


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name anything (None when it can): too long, or no letter or digit.

    A name made only of signs (``=+-@``, ``--``) is no name; loaders reject its row.

    >>> name_problem("Saint-Étienne") is None
    True
    >>> name_problem("=+-@")
    "'=+-@' has no letter or digit"
    """
    if len(name) > MAX_NAME_LENGTH:
        return f"a name of {len(name)} characters (at most {MAX_NAME_LENGTH})"
    if not any(c.isalnum() for c in name):
        return f"'{name[:40]}' has no letter or digit"
    return None


class Message(str):
    """A sentence for people, in English, that remembers its message key and values, so that an
    interface in another language can say it from its own catalogue (the explorer's ``t``).

    It is the English text everywhere a string goes (the command line, CSV, JSON).

    >>> said = Message("reason.distance", "{km} km apart", km="712")
    >>> said, said.key, said.values
    ('712 km apart', 'reason.distance', {'km': '712'})
    """

    key: str
    values: dict[str, str]

    def __new__(cls, key: str, english: str, **values: str) -> Message:
        said = super().__new__(cls, english.format(**values))
        said.key, said.values = key, values
        return said
