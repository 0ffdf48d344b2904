"""Home (counts, recent events), search, and the language switch."""

from __future__ import annotations

from flask import Blueprint, current_app, redirect, request

from webapp.db import get_store
from webapp.i18n import COOKIE, LANGUAGES
from webapp.render import respond
from webapp.search import Searcher

bp = Blueprint("main", __name__)


def searcher() -> Searcher:
    return current_app.extensions.setdefault("munigraph.search", Searcher())


@bp.get("/")
def home():
    store = get_store()
    counts = store.counts()
    recent = store.read(
        "MATCH (e:Event) WHERE e.start IS NOT NULL "
        "RETURN e.id AS id, e.name AS name, e.start AS start ORDER BY e.start DESC LIMIT 10"
    )
    return respond("home.html", {"counts": counts, "recent_events": recent}, kinds=store.model.nodes)


@bp.get("/search")
def search():
    store = get_store()
    query = request.args.get("q", "").strip()
    kind = request.args.get("kind", "") or None
    if kind and kind not in store.model.nodes:
        kind = None
    hits = searcher().search(store, query, kind, current_app.config["SEARCH_LIMIT"]) if query else []
    data = {"query": query, "kind": kind, "results": [h.as_dict() for h in hits]}
    return respond("search.html", data, kinds=store.model.nodes)


@bp.get("/lang/<code>")
def language(code: str):
    """Switch the interface language and go back where the user was."""
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"  # only ever back into this site
    response = redirect(target)
    if code in LANGUAGES:
        response.set_cookie(COOKIE, code, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    return response
