"""Home (counts, recent events), search, and the language switch."""

from __future__ import annotations

from flask import Blueprint, current_app, redirect, request
from munigraph.webapp import labels, reading
from munigraph.webapp.db import get_db
from munigraph.webapp.i18n import COOKIE, LANGUAGES, t
from munigraph.webapp.labels import label
from munigraph.webapp.render import respond
from munigraph.webapp.search import Searcher
from munigraph.webapp.security import local_path

bp = Blueprint("main", __name__)
HOME_EVENTS = 10  # the latest events the home page lists


def searcher() -> Searcher:
    return current_app.extensions.setdefault("munigraph.search", Searcher())


@bp.get("/")
def home():
    store = get_db()
    counts_now = store.counts()  # kept by the store with its change counter: one read
    recent = reading.recent_events(store, HOME_EVENTS)
    return respond("home.html", {"counts": counts_now, "recent_events": recent}, kinds=store.model.nodes)


@bp.get("/search")
def search():
    store = get_db()
    query = request.args.get("q", "").strip()
    kind = request.args.get("kind", "") or None
    if kind and kind not in store.model.nodes:
        kind = None
    hits = searcher().search(store, query, kind, current_app.config["SEARCH_LIMIT"]) if query else []
    labels.prefetch(h.as_dict() for h in hits)
    results = [{**h.as_dict(), "label": label(h.as_dict()), "kind_label": t(f"kind.{h.kind}")} for h in hits]
    data = {"query": query, "kind": kind, "results": results}
    return respond("search.html", data, kinds=store.model.nodes)


@bp.get("/lang/<code>")
def language(code: str):
    """Switch the interface language and go back where the user was."""
    response = redirect(local_path(request.args.get("next")))  # only ever back into this site
    if code in LANGUAGES:
        response.set_cookie(COOKIE, code, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    return response
