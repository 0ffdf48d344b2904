"""Entity labels in the interface language: the name or alias that reads most like it.

The graph stores one name per entity (in whatever language the first source used) and
its other names as aliases, without a language. Each language has a short list of words
that mark a name as written in it (``translations/<lang>/label_words.txt``: articles,
conjunctions, the organisation's acronym); the label is the name or alias that carries
more of the chosen language's words than of any other's, the stored name when none does.
Aliases are read per request, for the nodes a page shows (:func:`prefetch`).

>>> pick("Den Haag", ["The Hague", "La Haye"], "fr")
'La Haye'
>>> pick("United Cities and Local Governments", ["UCLG", "CGLU"], "es")
'CGLU'
>>> pick("Lyon", ["Lugdunum"], "en")
'Lyon'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from flask import Flask, g
from munigraph.graph.resolution.places import resolve_country
from munigraph.graph.text import fold
from munigraph.webapp.i18n import DIRECTORY, LANGUAGES, current
from munigraph.webapp.place_names import city_label, country_label

_WORD = re.compile(r"\w+")


@cache
def marker_words(lang: str) -> frozenset[str]:
    lines = (DIRECTORY / lang / "label_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def leaning(text: str, lang: str) -> tuple[int, int]:
    """(words of ``lang`` minus the most of any other language, words of ``lang``) in ``text``."""
    words = _WORD.findall(fold(text))
    counts = {code: sum(w in marker_words(code) for w in words) for code in LANGUAGES}
    others = max((n for code, n in counts.items() if code != lang), default=0)
    return counts[lang] - others, counts[lang]


def pick(name: str, aliases: Iterable[str], lang: str) -> str:
    """The label of an entity called ``name`` (and ``aliases``) in ``lang``."""
    best, (best_lead, _) = name, leaning(name, lang)
    for alias in aliases:
        lead, own = leaning(alias, lang)
        if own and lead > best_lead:
            best, best_lead = alias, lead
    return best


def prefetch(nodes: Iterable[Mapping[str, Any]]) -> None:
    """Read the aliases of the nodes a page is about to show: one query per kind.

    A page that labels many nodes calls this first; :func:`label` reads a node it was not
    told about on its own.
    """
    from munigraph.webapp.db import get_db

    store = get_db()
    known = _cache()
    by_kind: dict[str, list[str]] = {}
    for node in nodes:
        node_id = str(node.get("id") or "")
        kind = store.model.kind_of_id(node_id) if node_id else None
        if kind and node_id not in known:
            by_kind.setdefault(kind, []).append(node_id)
            known[node_id] = ()
    for kind, ids in by_kind.items():
        query = (
            f"UNWIND $ids AS one MATCH (n:`{kind}` {{id: one}}) "
            "RETURN n.id AS id, n.aliases AS aliases, n.country AS country"
        )
        for row in store.read(query, ids=list(dict.fromkeys(ids))):
            known[row["id"]] = tuple(row["aliases"] or ())
            if row["country"]:
                _countries()[row["id"]] = str(row["country"])


def remember(node: Mapping[str, Any]) -> None:
    """Keep the aliases and country of a node whose properties were read whole, so that
    labelling it reads nothing."""
    node_id = str(node.get("id") or "")
    if node_id:
        _cache()[node_id] = tuple(node.get("aliases") or ())
        if node.get("country"):
            _countries()[node_id] = str(node["country"])


def _per_request(name: str) -> dict[Any, Any]:
    """A dict kept on ``g`` for this request (what a page already read or chose)."""
    return g.setdefault(name, {})


def _cache() -> dict[str, tuple[str, ...]]:
    return _per_request("aliases")


def _countries() -> dict[str, str]:
    return _per_request("countries")


def aliases_of(node_id: str) -> tuple[str, ...]:
    known = _cache()
    if node_id not in known:
        prefetch([{"id": node_id}])
    return known.get(node_id, ())


def label(node: Mapping[str, Any] | None) -> str:
    """The label of a node record (``id`` and ``name``) in the current language."""
    if not node:
        return ""
    name = str(node.get("name") or node.get("id") or "")
    place = _place_label(node, name)
    if place:
        return place
    if "aliases" in node and isinstance(node["aliases"], list):
        aliases: Iterable[str] = node["aliases"]
    else:
        aliases = aliases_of(str(node.get("id") or ""))
    others = tuple(a for a in aliases if a != name)
    if not others:
        return name
    chosen = _chosen()
    key = (name, others)
    if key not in chosen:  # a page names the same node many times (every tie of it)
        chosen[key] = pick(name, others, current())
    return chosen[key]


def _place_label(node: Mapping[str, Any], name: str) -> str | None:
    """A country's or a city's name in the current language from CLDR, when it has one."""
    lang = current()
    node_id = str(node.get("id") or "")
    if lang == "en" or not node_id.startswith(("country:", "city:")):
        return None  # stored names are English already
    if node_id.startswith("country:"):
        code = node_id.removeprefix("country:")
        return country_label(code if len(code) == 2 else resolve_country(name), lang)
    aliases = node.get("aliases")
    if not isinstance(aliases, list):
        aliases = aliases_of(node_id)  # read with the country
    country = node.get("country") or _countries().get(node_id)
    return city_label(name, str(country) if country else None, lang, aliases)


def _chosen() -> dict[tuple[str, tuple[str, ...]], str]:
    return _per_request("labels")


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(label=label)
