"""Find the node a user means: by id, or by any name or alias, accent- and case-insensitively.

Every node carries ``keys``, the :func:`graph.text.fold` forms of its name and aliases,
so a lookup folds the user's text the same way and seeks that key in the unique index of
the key nodes (:mod:`graph.keys`): the cost of a lookup by id, at any size of graph.

>>> resolve_entity(store, "la haye", ["City"])          # doctest: +SKIP
{'id': 'city:geonames:2747373', 'name': 'The Hague', 'kind': 'City'}
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from munigraph.graph import fulltext, keys
from munigraph.graph.errors import QueryError
from munigraph.graph.text import clean, fold

# Kinds a name can stand for when the caller accepts any kind: documents are named by
# their content hash and never looked up by name.
NAMED_KINDS = ("City", "Country", "Section", "Organisation", "Council", "Person", "Event")
MAX_CANDIDATES = 10
# "Paris, FR", "Paris (France)": a name with a country to choose between homonyms.
_QUALIFIED = re.compile(r"^(?P<name>.+?)\s*(?:,\s*(?P<a>[^,()]+)|\((?P<b>[^()]+)\))$")


def resolve_entity(store: Any, text: str, kinds: Sequence[str] = ()) -> dict[str, str]:
    """The one node that ``text`` names, among nodes of ``kinds`` (all named kinds when empty).

    Parameters
    ----------
    store : graph.store.Store
        The graph to look in.
    text : str
        An id (``city:geonames:2747373``) or a name or alias in any case and with or
        without accents. ``"Name, CC"`` or ``"Name (Country)"`` picks between homonyms.
    kinds : sequence of str
        The node kinds accepted.

    Returns
    -------
    dict
        ``{"id": ..., "name": ..., "kind": ...}``.

    Raises
    ------
    graph.errors.QueryError
        Nothing matches, the id is of another kind, or the name is ambiguous (the
        message lists the candidates with id, name and country).

    Examples
    --------
    >>> resolve_entity(store, "VIENNE", ["City"])                  # doctest: +SKIP
    QueryError: 'VIENNE' is ambiguous: city:vienna (Vienna, AT), city:vienne (Vienne, FR); give an id
    """
    kinds = tuple(kinds) or NAMED_KINDS
    wanted = " or ".join(kinds)
    text = clean(str(text))
    if not text:
        raise QueryError(f"an empty name cannot name a {wanted}")
    by_id = _by_id(store, text, kinds)
    if by_id is not None:
        return by_id
    found = _by_key(store, fold(text), kinds)
    if not found:
        found = _qualified(store, text, kinds)
    if not found and "'" not in text:  # "Xian" for "Xi'an", "Cote d Ivoire"...
        found = _by_key(store, fold(text).replace(" ", ""), kinds, bare=True)
    if not found:
        raise QueryError(f"no {wanted} is called '{text}'{_suggest(store, text, kinds)}")
    if len(found) > 1:
        listed = ", ".join(_describe(c) for c in found[:MAX_CANDIDATES])
        more = f" and {len(found) - MAX_CANDIDATES} more" if len(found) > MAX_CANDIDATES else ""
        raise QueryError(f"'{text}' is ambiguous: {listed}{more}; give an id or add the country ('{text}, FR')")
    return _public(found[0])


def _suggest(store: Any, text: str, kinds: tuple[str, ...]) -> str:
    """The closest names, as search would find them: ' (closest: X (id), ...)'."""
    from munigraph.graph.search import closest  # rapidfuzz and an index only when a name is not found

    hits = closest(store, text, kinds)
    if not hits:
        return " (give an id, a name or an alias)"
    listed = "; ".join(f"{h.name} ({h.id})" for h in hits)
    return f"; closest: {listed}"


def _by_id(store: Any, text: str, kinds: tuple[str, ...]) -> dict[str, str] | None:
    kind = store.model.kind_of_id(text) if ":" in text else None
    if kind is None:
        return None
    if kind not in kinds:
        raise QueryError(f"'{text}' is a {kind}; expected a {' or '.join(kinds)}")
    rows = store.read(f"MATCH (n:`{kind}` {{id: $id}}) RETURN n.id AS id, n.name AS name", id=text)
    if not rows:
        raise QueryError(f"no {kind} has the id '{text}'")
    return {"id": rows[0]["id"], "name": rows[0]["name"], "kind": kind}


def _by_key(store: Any, key: str, kinds: tuple[str, ...], bare: bool = False) -> list[dict[str, Any]]:
    """Nodes with the folded key; ``bare`` compares keys stripped of apostrophes and spaces.

    A key is sought in its key node's unique index (:mod:`graph.keys`); a bare form, asked
    only when nothing else matched, is one word of the kinds' full-text indexes
    (:mod:`graph.fulltext`), whose candidates' keys decide.
    """
    if not key:
        return []
    rows = fulltext.bare(store, key, kinds) if bare else store.read(keys.lookup(kinds), key=key)
    return sorted({r["id"]: r for r in rows}.values(), key=lambda r: r["id"])


def _qualified(store: Any, text: str, kinds: tuple[str, ...]) -> list[dict[str, Any]]:
    """Homonyms narrowed by the country the user added after a comma or in brackets."""
    match = _QUALIFIED.match(text)
    if not match:
        return []
    country = fold(match.group("a") or match.group("b") or "")
    candidates = _by_key(store, fold(match.group("name")), kinds)
    if not candidates or not country:
        return []
    codes = _country_codes(store, country)
    return [c for c in candidates if (c.get("country") or "").upper() in codes]


def _country_codes(store: Any, folded: str) -> set[str]:
    """ISO codes a folded country text stands for: the code itself or a Country's name."""
    codes = {folded.upper()} if len(folded) == 2 else set()
    return codes | {r["id"].split(":", 1)[1].upper() for r in _by_key(store, folded, ("Country",))}


def _describe(candidate: dict[str, Any]) -> str:
    extra = ", ".join(x for x in (candidate["name"], candidate.get("country")) if x)
    return f"{candidate['id']} ({extra})"


def _public(candidate: dict[str, Any]) -> dict[str, str]:
    return {"id": candidate["id"], "name": candidate["name"], "kind": candidate["kind"]}
