# title: Suggested twinning partners
# audience: diplomats
# description: Cities not yet twinned with a city, scored by the twins they share with it,
#   the sections and organisations both belong to, the events both attended (themselves
#   or through their people) and, as a small bonus, nearness; each with its reasons.
# param: city entity(City) required — the city looking for partners
# param: as_of date — count only links and memberships in force on that date
# param: limit int = 10 — how many suggestions
# example: munigraph query suggest-partners -p city=Utrecht -p limit=5
"""Named query: see graph.analytics.links."""

from __future__ import annotations

from typing import Any

from munigraph.graph.analytics.links import suggest


def run(store: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    # the coordinates are for the map; the table says the distance
    return [
        {k: v for k, v in s.items() if k not in ("lat", "lon")} for s in suggest(store, params["city"], params["as_of"])
    ]
