"""Link suggestion: cities a city could twin with, scored from what they already share.

Signals, read in one query: twins in common (friends of friends), a section or
organisation both are members of, events both attended (the city itself or people who
hold office in it or speak for it). Distance adds a small bonus for nearer cities, only
to candidates that share something, so that it orders them rather than finds them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from munigraph.graph.analytics import AS_OF
from munigraph.graph.text import Message

WEIGHTS = {"twin": 1.0, "member": 0.5, "event": 1.0}
# Why a city is suggested, in English; the explorer's catalogues say the same keys in French and Spanish.
REASONS = {
    "reason.twins.one": "{n} twin in common: {names}",
    "reason.twins.other": "{n} twins in common: {names}",
    "reason.members": "both members of {names}",
    "reason.attended": "both attended {names}",
    "reason.distance": "{km} km apart",
}
PROXIMITY = 0.5  # the bonus at distance 0, halving about every 700 km
SCALE_KM = 1000.0
_AS_OF = {name: AS_OF.replace("r.", f"{name}.") for name in ("r1", "r2", "m1", "m2")}
_TIES = "HOLDS_OFFICE|AFFILIATED_WITH"

# A candidate's score before the nearness bonus, in Cypher: with a ``limit``, the query keeps
# only the candidates that bonus could still lift into the first ``limit`` (a hub's friends of
# friends run to thousands, of which the map shows ten).
_WEIGHT = "CASE signal " + " ".join(f"WHEN '{s}' THEN {w}" for s, w in WEIGHTS.items()) + " ELSE 0.0 END"

SIGNALS = f"""
MATCH (c:City {{id: $city}})
CALL (c) {{
  MATCH (c)-[r1:TWINNED_WITH]-(x:City)
  WHERE {_AS_OF["r1"]}
  RETURN x, 'twinned' AS signal, null AS via
  UNION
  MATCH (c)-[r1:TWINNED_WITH]-(t:City)-[r2:TWINNED_WITH]-(x:City)
  WHERE x <> c AND {_AS_OF["r1"]} AND {_AS_OF["r2"]}
  RETURN x, 'twin' AS signal, {{id: t.id, name: t.name}} AS via
  UNION
  MATCH (c)-[m1:MEMBER_OF]->(s)<-[m2:MEMBER_OF]-(x:City)
  WHERE x <> c AND {_AS_OF["m1"]} AND {_AS_OF["m2"]}
  RETURN x, 'member' AS signal, {{id: s.id, name: s.name}} AS via
  UNION
  MATCH (c)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(x:City)
  WHERE x <> c RETURN x, 'event' AS signal, {{id: e.id, name: e.name}} AS via
  UNION
  MATCH (c)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(:Person)-[:{_TIES}]->(x:City)
  WHERE x <> c RETURN x, 'event' AS signal, {{id: e.id, name: e.name}} AS via
  UNION
  MATCH (c)<-[:{_TIES}]-(:Person)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(x:City)
  WHERE x <> c RETURN x, 'event' AS signal, {{id: e.id, name: e.name}} AS via
  UNION
  MATCH (c)<-[:{_TIES}]-(:Person)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(:Person)-[:{_TIES}]->(x:City)
  WHERE x <> c RETURN x, 'event' AS signal, {{id: e.id, name: e.name}} AS via
}}
WITH c, x, signal, via WHERE x.anonymous IS NULL
WITH c, x, signal, collect(DISTINCT via) AS vias
WITH c, x, collect({{signal: signal, vias: vias}}) AS found,
     sum(CASE signal WHEN 'twinned' THEN -1.0e9 ELSE {_WEIGHT} * size(vias) END) AS base
WHERE base > 0
WITH c, x, found, base ORDER BY base DESC
WITH c, collect({{x: x, found: found, base: base}}) AS ranked
WITH c, ranked,
     CASE WHEN $limit IS NULL OR size(ranked) <= $limit THEN -1.0 ELSE ranked[$limit - 1].base - $bonus END AS floor
UNWIND ranked AS one
WITH c, one WHERE one.base >= floor
WITH c, one.x AS x, one.found AS found
UNWIND found AS f
RETURN c.lat AS clat, c.lon AS clon, x.id AS id, x.name AS name, x.country AS country,
       x.lat AS lat, x.lon AS lon, f.signal AS signal, f.vias AS vias
"""


def suggest(store: Any, city: str, as_of: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Cities not twinned with ``city`` (an id), best candidates first (the first ``limit`` when given).

    Returns
    -------
    list of dict
        ``id``, ``name``, ``country``, ``score``, ``shared_twins``, ``distance_km``
        (None without coordinates), ``lat``, ``lon`` and ``reasons`` (sentences).

    Examples
    --------
    >>> suggest(store, "city:utrecht")[0]                     # doctest: +SKIP
    {'id': 'city:...', 'name': '...', 'score': 3.21, 'shared_twins': 3,
     'reasons': ['3 twins in common: A, B, C', '712 km apart'], ...}
    """
    rows = store.read(SIGNALS, city=city, as_of=as_of, limit=limit, bonus=PROXIMITY)
    twinned = {r["id"] for r in rows if r["signal"] == "twinned"}
    found: dict[str, dict[str, Any]] = {}
    shared: dict[str, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:  # one row per candidate and signal: a hub's friends of friends come grouped
        if row["signal"] == "twinned" or row["id"] in twinned:
            continue
        found.setdefault(row["id"], row)
        shared[row["id"]][row["signal"]].update((v["name"] or v["id"], v["id"]) for v in row["vias"])
    suggestions = [_score(found[i], shared[i]) for i in found]
    suggestions.sort(key=lambda s: (-s["score"], s["name"] or "", s["id"]))
    return suggestions if limit is None else suggestions[:limit]


def _score(row: dict[str, Any], signals: dict[str, set[tuple[str, str]]]) -> dict[str, Any]:
    score = sum(WEIGHTS[s] * len(vias) for s, vias in signals.items())
    reasons = []
    if signals.get("twin"):
        reasons.append(_reason("reason.twins", n=len(signals["twin"]), names=_named(signals["twin"])))
    if signals.get("member"):
        reasons.append(_reason("reason.members", names=_named(signals["member"])))
    if signals.get("event"):
        reasons.append(_reason("reason.attended", names=_named(signals["event"])))
    km = distance_km(row["clat"], row["clon"], row["lat"], row["lon"])
    if km is not None:
        score += PROXIMITY * math.exp(-km / SCALE_KM)
        reasons.append(_reason("reason.distance", km=round(km)))
    return {
        "id": row["id"],
        "name": row["name"],
        "country": row["country"],
        "score": round(score, 3),
        "shared_twins": len(signals.get("twin", ())),
        "distance_km": None if km is None else round(km),
        "lat": row["lat"],
        "lon": row["lon"],
        "reasons": reasons,
    }


def _named(vias: set[tuple[str, str]]) -> list[dict[str, str]]:
    """The nodes a reason names, by name: ``id`` and ``name`` each, so that an interface can
    name them in its own language."""
    return [{"id": node_id, "name": name} for name, node_id in sorted(vias)]


def _reason(key: str, **values: Any) -> Message:
    """A reason: English text with its key (a counted one, ``n``, takes ``key.one`` or ``key.other``);
    numbers stay numbers and named nodes stay records (``id``, ``name``) in ``values`` for the
    interface to write its way; the English text joins their names."""
    english = {k: f"{v:,}" if isinstance(v, int) else v for k, v in values.items()}
    english = {k: ", ".join(n["name"] for n in v) if isinstance(v, list) else v for k, v in english.items()}
    form = key if "n" not in values else f"{key}.{'one' if values['n'] == 1 else 'other'}"
    reason = Message(key, REASONS[form], **english)
    reason.values = values
    return reason


def distance_km(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> float | None:
    """Great-circle distance in kilometres, None when a coordinate is missing.

    >>> round(distance_km(52.09, 5.12, 36.81, 10.18))
    1745
    """
    if None in (lat1, lon1, lat2, lon2):
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))
