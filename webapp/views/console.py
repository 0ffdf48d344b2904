"""``/cypher``: the read-only console, with the store's row and time limits."""

from __future__ import annotations

import json

from flask import Blueprint, request
from munigraph.graph.errors import QueryError
from munigraph.graph.named import jsonable
from munigraph.webapp.db import get_db
from munigraph.webapp.i18n import t
from munigraph.webapp.render import respond

bp = Blueprint("console", __name__)

EXAMPLE = (
    "MATCH (c:City)-[:TWINNED_WITH]-(d:City)\nRETURN c.name AS city, count(d) AS twins\nORDER BY twins DESC LIMIT 10"
)


def parse_params(raw: str) -> dict:
    if not raw.strip():
        return {}
    try:
        params = json.loads(raw)
    except ValueError as exc:
        raise QueryError(t("console.bad_params", reason=exc.msg)) from None
    if not isinstance(params, dict):
        raise QueryError(t("console.bad_params", reason="not an object"))
    return params


@bp.get("/cypher")
def console():
    query = request.args.get("q", "")
    raw_params = request.args.get("params", "")
    data: dict = {"query": query, "params": raw_params, "error": None, "result": None}
    if query.strip():
        store = get_db()
        try:
            result = store.console(query, parse_params(raw_params))
        except QueryError as exc:
            data["error"] = str(exc)
        else:
            data["result"] = {
                "columns": result.columns,
                "rows": jsonable(result.rows),
                "truncated": result.truncated,
                "seconds": round(result.seconds, 3),
                "limit_rows": store.console_rows,
                "limit_seconds": store.console_seconds,
            }
    return respond("cypher.html", data, status=400 if data["error"] else 200, example=EXAMPLE)
