"""``/queries``: every named query as a form built from its parameters; table, CSV and JSON."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request
from munigraph.graph import named
from munigraph.graph.errors import QueryError
from munigraph.graph.schema import load_model
from munigraph.graph.text import slug
from munigraph.webapp import forms, labels
from munigraph.webapp.db import get_db
from munigraph.webapp.i18n import t
from munigraph.webapp.messages import localise, say
from munigraph.webapp.render import csv_response, respond, wants
from werkzeug.exceptions import NotFound

bp = Blueprint("queries", __name__)

_CONTROL = ("format", "run", "limit", "offset", "lang")  # lang: the interface language, not a parameter


def describe(query: named.NamedQuery) -> dict[str, Any]:
    return {
        "name": query.name,
        "title": forms.title(query),
        "description": forms.description(query),
        "audience": query.audience,
        "signature": query.signature(),
        "example": query.example,
        "params": [
            {
                "name": p.name,
                "type": p.type,
                "kinds": list(p.kinds),
                "required": p.required,
                "default": p.default,
                "description": forms.help_text(query, p),
            }
            for p in query.all_params()
        ],
    }


@bp.get("/queries")
def index():
    return respond("queries.html", {"queries": [describe(q) for q in named.list_queries()]})


def columns_of(rows: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(key for row in rows for key in row))


@bp.get("/queries/<name>")
def query(name: str):
    try:
        spec = named.get(name)
    except QueryError as exc:
        raise NotFound(str(exc)) from None
    # a multiple choice (relationship types) arrives as repeated fields: the query takes them comma-separated
    params = {
        k: ",".join(v for v in request.args.getlist(k) if v.strip())
        for k in request.args
        if k not in _CONTROL and any(v.strip() for v in request.args.getlist(k))
    }
    paging = {k: request.args[k] for k in ("limit", "offset") if request.args.get(k, "").strip()}
    ran = "run" in request.args or bool(params) or wants("csv")
    data: dict[str, Any] = {"query": describe(spec), "values": {**params, **paging}, "error": None, "result": None}
    if ran:
        try:
            page = named.run_page(get_db(), name, {**params, **paging})
        except QueryError as exc:
            data["error"] = localise(str(exc))
        else:
            columns, rows = columns_of(page.rows), say(page.rows)
            if wants("csv"):
                return csv_response(columns, rows, f"{slug(name)}.csv")
            data["result"] = {
                "columns": columns,
                "rows": rows,
                "limit": page.limit,
                "offset": page.offset,
                "more": page.more,
                "note": t(page.note[0], **page.note[1]) if page.note else "",
            }
    store_model = load_model()
    extra = {"form": forms.form(store_model, spec)}
    if data["result"]:
        extra["layout"] = forms.layout(data["result"]["columns"], data["result"]["rows"])
        links = [c["link"] for c in extra["layout"] if c["link"]]
        labels.prefetch({"id": row[k]} for row in data["result"]["rows"] for k in links if isinstance(row.get(k), str))
    return respond("query.html", data, status=400 if data["error"] else 200, **extra)
