"""Friendly error pages (and their JSON twins): never a traceback."""

from __future__ import annotations

from flask import Flask, Response
from munigraph.graph.errors import MunigraphError, QueryError, StoreError
from munigraph.webapp.i18n import t
from munigraph.webapp.messages import localise
from munigraph.webapp.render import respond
from werkzeug.exceptions import HTTPException, NotFound


def _page(status: int, title: str, message: str) -> Response:
    return respond("error.html", {"error": message, "status": status, "title": title}, status=status)


def _http(exc: HTTPException) -> Response:
    status = exc.code or 500
    key = f"error.{status}"
    title = t(key) if t(key) != key else (exc.name or "Error")
    generic = status == 405 or (status == 404 and exc.description == NotFound.description)
    return _page(status, title, t(f"{key}.text") if generic else exc.description)


def _store(exc: StoreError) -> Response:
    return _page(503, t("error.store"), str(exc))


def _query(exc: MunigraphError) -> Response:
    return _page(400, t("error.query"), localise(str(exc)))


def _unexpected(exc: Exception) -> Response:
    from flask import current_app

    current_app.logger.exception("unexpected error")
    return _page(500, t("error.500"), t("error.500.text"))


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, _http)
    app.register_error_handler(StoreError, _store)
    app.register_error_handler(QueryError, _query)
    app.register_error_handler(MunigraphError, _query)
    app.register_error_handler(Exception, _unexpected)
