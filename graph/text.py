"""Folding and slugs: the one place names are normalised for comparison and ids."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007]+")


def clean(text: str) -> str:
    """Normalise apostrophes and spaces (non-breaking included) and strip the ends.

    >>> clean("l\u2019Alliance\u00a0 des villes ")
    "l'Alliance des villes"
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_APOSTROPHES)).strip()


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, used for lookup keys.

    >>> fold("Élsa  TOURÉ")
    'elsa toure'
    """
    decomposed = unicodedata.normalize("NFKD", clean(text))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l")
    return _SPACES.sub(" ", re.sub(r"[^\w' ]+", " ", stripped.casefold())).strip()


def slug(text: str) -> str:
    """Readable id fragment: folded, words joined by hyphens.

    >>> slug("Jan Van Zanen")
    'jan-van-zanen'
    """
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"
