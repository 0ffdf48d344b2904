"""The word classes of the document rules, one data file per language (``lang/<code>.yaml``).

Rules read word classes here instead of holding lists of their own: offices and the role each
gives, honorifics, role cues, speaking verbs, event nouns, twinning cues and the kind each
gives, city-government prefixes, words that never end a name, ... Every file has the same
keys (a test checks); adding a language is adding a file.

A class is read for one language, or for all of them at once (``language=None``, the
default): documents mix languages (an English page quotes a "Maire de Lyon"), so most rules
match every language's words. Files are read once per process; compiled patterns are cached.

>>> "mayor" in table("offices", "en")
True
>>> alternation(["of", "of the"])
'(?:of the|of)'
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from munigraph.graph.resolution import people

LANG_DIR = Path(__file__).parent / "lang"
# Word classes that name resolution owns too, declared once in graph/ (graph/ imports nothing above it, so the
# rules read graph's data): a language's class is graph's entries for that language, never a key of its file.
# A file may not extend them either (no "added_offices"): their words go to graph's file.
_GRAPH_CLASSES = {"honorifics": people.honorifics, "offices": people.offices}
# The languages the project reads first, in this order; any other file follows alphabetically.
_FIRST = ("en", "fr", "es")


@cache
def languages() -> tuple[str, ...]:
    """The language codes that have a word file."""
    found = sorted(p.stem for p in LANG_DIR.glob("*.yaml"))
    return tuple([c for c in _FIRST if c in found] + [c for c in found if c not in _FIRST])


@cache
def lexicon(language: str) -> dict[str, Any]:
    """One language's word classes, as written in its file."""
    path = LANG_DIR / f"{language}.yaml"
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of word classes")
    for key, entries in _GRAPH_CLASSES.items():
        found = next((name for name in data if name == key or name.startswith(_ADDED + key)), None)
        if found:
            raise ValueError(f"{path}: {found}: {key} is declared in graph/resolution/{key}.yaml, not here")
        declared = entries(language)
        data[key] = {k: list(v) for k, v in declared.items()} if isinstance(declared, dict) else list(declared)
    return data


def _codes(language: str | None) -> tuple[str, ...]:
    return languages() if language is None else (language,)


# A key "added_<class>" in a file's last blocks extends the class (a branch adds its words in one block
# at the end of each file, so that branches merge without touching each other's lines); so does a key
# "added_<class>__<branch>", when another branch's block already holds "added_<class>" (a file keeps one of each key).
_ADDED = "added_"
_BRANCH = "__"


def extensions(code: str, key: str) -> list[Any]:
    """The values of one language's keys that extend the class ``key``, in file order."""
    own = _ADDED + key
    return [value for name, value in lexicon(code).items() if name == own or name.startswith(own + _BRANCH)]


@cache
def words(key: str, language: str | None = None) -> tuple[str, ...]:
    """The entries of a list class: one language's, or every language's (first seen first)."""
    found: dict[str, None] = {}
    for code in _codes(language):
        for entry in [*(lexicon(code).get(key) or ()), *(e for added in extensions(code, key) for e in added or ())]:
            found.setdefault(str(entry), None)
    return tuple(found)


@cache
def table(key: str, language: str | None = None) -> dict[str, tuple[str, ...]]:
    """A class that maps a label (a role, a kind) to entries; labels keep their first file's order."""
    merged: dict[str, dict[str, None]] = {}
    for code in _codes(language):
        rows = [
            *(lexicon(code).get(key) or {}).items(),
            *(r for added in extensions(code, key) for r in (added or {}).items()),
        ]
        for label, entries in rows:
            bucket = merged.setdefault(str(label), {})
            for entry in entries or ():
                bucket.setdefault(str(entry), None)
    return {label: tuple(entries) for label, entries in merged.items()}


def alternation(entries: tuple[str, ...] | list[str]) -> str:
    """A non-capturing regex alternation of fragments, longest first (so "of the" wins over "of")."""
    ordered = sorted(dict.fromkeys(entries), key=len, reverse=True)
    return "(?:" + "|".join(ordered) + ")" if ordered else "(?!)"


@cache
def words_re(key: str, language: str | None = None) -> str:
    """The alternation of a list class (see :func:`alternation`)."""
    return alternation(words(key, language))


@cache
def word_class(key: str, joiners: str = "-", language: str | None = None) -> re.Pattern[str]:
    """A list class as whole words, any case: no letter, digit or one of ``joiners`` touches a
    match on either side ("-" by default: "co-host" holds no "host"; "'’" for words after an
    elision); one language's words, or every language's (see :func:`words`).

    >>> bool(word_class("speaking_verbs").search("She said it")), bool(word_class("speaking_verbs").search("unsaid"))
    (True, False)
    """
    edge = rf"[\w{joiners}]"  # "-" last in the class: itself
    return re.compile(f"(?<!{edge})" + words_re(key, language) + f"(?!{edge})", re.I)


@cache
def classes_re(*keys: str) -> str:
    """The alternation of several list classes together, every language's ("copulas" and
    "list_intros": one word of either), longest first across them (see :func:`alternation`).

    >>> classes_re("list_joints", "list_or_joints") == alternation([*words("list_joints"), *words("list_or_joints")])
    True
    """
    return alternation([entry for key in keys for entry in words(key)])


@cache
def list_joint(marks: str = ",", space: str = r"[ \t]") -> str:
    r"""The regex of what stands between two items of a list: one of ``marks`` (",", ";") with an
    optional joining word after it, or a joining word alone ("and", "et", "y", "ainsi que":
    lang/*.yaml ``list_joints``). ``marks=""`` reads the joining word alone; ``space=r"\s"`` lets
    the list run over lines. Every list reader reads its joints here, so a language adds its words once.

    >>> import re
    >>> re.split(list_joint(), "Lyon, Porto et Turin")
    ['Lyon', 'Porto', 'Turin']
    """
    word = words_re("list_joints")
    alone = f"{space}+{word}{space}+"
    if not marks:
        return f"(?:{alone})"
    return f"(?:{space}*[{re.escape(marks)}]{space}*(?:{word}{space}+)?|{alone})"


@cache
def folded_set(key: str, language: str | None = None) -> frozenset[str]:
    """A list class of plain words, lowercased, for membership tests."""
    return frozenset(w.lower() for w in words(key, language))
