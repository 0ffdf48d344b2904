"""Every page has a JSON twin: the same data, asked for with ``?format=json``."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

from flask import Response, g, render_template, request, url_for
from markupsafe import Markup, escape
from munigraph.graph.output import spreadsheet_safe
from munigraph.webapp.labels import label


def wants(fmt: str) -> bool:
    return request.args.get("format", "html").lower() == fmt


def to_json(data: Any) -> str:
    # Values from the console can be anything the driver returns: fall back to text.
    return json.dumps(data, ensure_ascii=False, default=str, separators=(",", ":"))


def json_response(data: Any, status: int = 200) -> Response:
    return Response(to_json(data), status=status, mimetype="application/json")


def respond(template: str, data: dict[str, Any], status: int = 200, **extra: Any) -> Response:
    """Render ``template`` with ``data`` (and template-only ``extra``), or ``data`` as JSON."""
    if wants("json"):
        return json_response(data, status)
    return Response(render_template(template, **data, **extra), status=status, mimetype="text/html")


def csv_response(columns: list[str], rows: list[dict[str, Any]], filename: str) -> Response:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([spreadsheet_safe(c) for c in columns])
    writer.writerows([spreadsheet_safe(cell(row.get(c))) for c in columns] for row in rows)
    response = Response(buffer.getvalue(), mimetype="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def cell(value: Any) -> str:
    """A value as one CSV or table cell: lists joined, maps as JSON."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def node_link(node: Mapping[str, Any]) -> Markup:
    """A node's label in the interface language, linked to its page (the ``node_link`` macro).

    Python, not a macro: a hub's page links hundreds of nodes, and a Jinja macro call costs
    more than the link. Each node's address is built once per request (a page names the
    entity itself in every tie).
    """
    urls = g.setdefault("entity_urls", {})
    node_id = node.get("id")
    if node_id not in urls:
        urls[node_id] = url_for("entity.entity", entity_id=node_id)
    return Markup('<a class="node k-{}" href="{}">{}</a>').format(node.get("kind", ""), urls[node_id], label(node))


def sentence(parts: Iterable[Mapping[str, Any]]) -> Markup:
    """A tie told as a sentence (:func:`webapp.reading.sentence`), its nodes linked (the ``sentence`` macro)."""
    return Markup("").join(
        node_link(part["node"]) if part.get("node") else escape(part.get("text", "")) for part in parts
    )
