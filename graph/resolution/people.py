"""People: one id per person whatever the case of particles, accents or titles around the name.

"Jan van Zanen", "Jan Van Zanen" and "le Coprésident Jan Van Zanen" are ``person:jan-van-zanen``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from munigraph.graph.resolution import orgs
from munigraph.graph.text import UPPER, clean, fold, slug

PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ter", "ten",
    "bin", "ben", "bint", "el", "al", "y", "e", "zu", "af", "mac", "st",
}  # fmt: skip
HONORIFICS_PATH = Path(__file__).with_name("honorifics.yaml")
OFFICES_PATH = Path(__file__).with_name("offices.yaml")


@cache
def _data(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@cache
def honorifics(language: str | None = None) -> tuple[str, ...]:
    """The honorifics before a name (regex fragments, ``honorifics.yaml``): one language's, or every
    language's (``None``), first seen first. The document rules read them as their word class "honorifics"."""
    table = _data(HONORIFICS_PATH)
    codes = list(table) if language is None else [language]
    return tuple(dict.fromkeys(str(entry) for code in codes for entry in table.get(code) or ()))


@cache
def offices(language: str | None = None) -> dict[str, tuple[str, ...]]:
    """Offices as written (regex fragments, ``offices.yaml``) under the canonical role each gives: one language's,
    or every language's (``None``), roles and entries first seen first. The document rules read them as their
    word class "offices"."""
    table = _data(OFFICES_PATH)["languages"]
    merged: dict[str, dict[str, None]] = {}
    for code in list(table) if language is None else [language]:
        for role, entries in (table.get(code) or {}).items():
            merged.setdefault(str(role), {}).update(dict.fromkeys(str(e) for e in entries or ()))
    return {role: tuple(entries) for role, entries in merged.items()}


# Offices that stand before a name as a title ("le Coprésident Jan Van Zanen", "Councillor Jane Roe"): every
# language's entries of the ``titles`` roles but the ``not_titles``, longest first.
_OFFICE_TABLE = _data(OFFICES_PATH)
_OFFICES = "|".join(
    sorted(
        {e for role in _OFFICE_TABLE["titles"] for e in offices().get(role, ())}
        - set(_OFFICE_TABLE.get("not_titles") or ()),
        key=lambda e: (-len(e), e),
    )
)
_HONORIFICS = "|".join(sorted(honorifics(), key=len, reverse=True))  # longest first: "dra" before "dr"
_LEADING_TITLE = re.compile(
    rf"^(?:(?:le|la|l'|the|el|los)\s+)?(?:(?:{_HONORIFICS})(?:\.\s*|\s+)|(?:{_OFFICES})\s+)+(?=\S)", re.IGNORECASE
)
_NAME_TOKEN = re.compile(rf"^[{UPPER}][\w'’.-]*$|^[{UPPER}]\.$")


def strip_titles(name: str) -> str:
    """The name without honorifics or offices in front of it.

    >>> strip_titles("le Coprésident Jan Van Zanen")
    'Jan Van Zanen'
    """
    text = clean(name).strip("*_ ,;:")
    stripped = _LEADING_TITLE.sub("", text)
    return stripped if looks_like_name(stripped) else text


def leading_title(text: str) -> int:
    """Length of the honorifics and offices in front of a name ("H.E. Ms. " in "H.E. Ms. Jane Roe")."""
    m = _LEADING_TITLE.match(text)
    return m.end() if m else 0


def only_titles(text: str) -> bool:
    """Nothing, or only honorifics and offices: what may stand between a cue and a name ("said Mayor Jane Roe",
    "succeeds Cllr Ann Poe").

    >>> only_titles("H.E. Ms."), only_titles("the city of")
    (True, False)
    """
    return not text or leading_title(f"{text} X") == len(text) + 1


_OFFICE_WORD = re.compile(rf"(?:{_OFFICES}|secretary|general|deputy|executive|director|mayor)", re.IGNORECASE)


def is_office_word(word: str) -> bool:
    """ "Secretary", "Maire", "Alcaldesa": a word of an office, not of a name."""
    return bool(_OFFICE_WORD.fullmatch(word.strip(".,")))


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words, particles allowed in between ("Jan van Zanen")."""
    tokens = clean(text).split()
    if not 2 <= len(tokens) <= 5:
        return False
    if tokens[0].lower() in PARTICLES or tokens[-1].lower() in PARTICLES:
        return False
    for i, token in enumerate(tokens):
        if token.lower() in PARTICLES:
            continue
        if not _NAME_TOKEN.match(token):
            return False
        letters = [c for c in token if c.isalpha()]
        capitals = len(letters) > 1 and all(c.isupper() for c in letters)
        if capitals and (i == 0 or len(letters) < 3 or orgs.lookup_known(token)):
            return False  # acronyms (CGLU, PAX) are not names; "Emilia SAIZ" (a surname in capitals) is
    return True


def display_name(name: str) -> str:
    """A surname written in capitals reads in title case: "Emilia SAIZ" -> "Emilia Saiz"."""
    tokens = strip_titles(name).split()
    return " ".join(t.title() if len(t) > 2 and t.isupper() and i else t for i, t in enumerate(tokens))


def canonical_name(name: str) -> str:
    """Particles lower-case unless they start the name: "Jan Van Zanen" reads "Jan van Zanen"."""
    tokens = strip_titles(name).split()
    return " ".join(
        t.lower() if i and t.lower() in PARTICLES and i < len(tokens) - 1 else t for i, t in enumerate(tokens)
    )


def person_id(name: str) -> str:
    """``person:<slug>``: case of particles and accents do not change it."""
    return f"person:{slug(strip_titles(name))}"


def same_person(a: str, b: str) -> bool:
    return fold(strip_titles(a)) == fold(strip_titles(b))
