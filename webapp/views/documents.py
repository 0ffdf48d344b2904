"""``/documents/<id>``: the source text, its extracted mentions highlighted."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

from flask import Blueprint, request
from munigraph.webapp import present, reading
from munigraph.webapp.db import get_db
from munigraph.webapp.i18n import t
from munigraph.webapp.render import respond
from werkzeug.exceptions import NotFound

bp = Blueprint("documents", __name__)
_SPAN = re.compile(r"^(\d+)-(\d+)$")
# Markdown marks shown as plain text: emphasis, heading hashes at a line's start, link brackets.
# Only the shown text loses them; spans keep indexing the stored text.
_MARKUP = re.compile(r"\*\*|__|(?:(?<=\n)|^)#{1,6}[ \t]+|\]\([^)\s]*\)|(?:(?<=\s)|^)\[|(?:(?<=\n)|^)[*-][ \t]+(?=\S)")


_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def as_text(segment: str, at_line_start: bool, first: bool = False) -> str:
    """A segment of stored text as shown: markdown marks removed (a list bullet becomes "• "),
    runs of blank lines shortened to one, the text's leading blank lines dropped."""
    prefix = "\n" if at_line_start else ""
    shown = _MARKUP.sub(lambda m: "• " if m.group(0).strip() in ("*", "-") else "", prefix + segment)
    shown = shown[len(prefix) :] if prefix and shown.startswith(prefix) else shown
    shown = _BLANKS.sub("\n\n", shown)
    return shown.lstrip() if first else shown


def spans(text: str, marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut into segments; each carries the mentions (and the asked-for span) covering it."""
    cuts = {0, len(text)}
    for mark in marks:
        cuts.update((mark["start"], mark["end"]))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    segments = []
    for start, end in zip(points, points[1:], strict=False):
        # innermost first: in "conseil d'administration de PAX" the word PAX links to PAX itself
        covering = sorted(
            (m for m in marks if m["start"] <= start and end <= m["end"]), key=lambda m: m["end"] - m["start"]
        )
        segments.append(
            {
                "start": start,
                "text": as_text(text[start:end], start == 0 or text[start - 1] == "\n", first=start == 0),
                "mentions": [m for m in covering if m.get("id")],
                "asked": any(not m.get("id") for m in covering),
                "anchors": [m["start"] for m in marks if m["start"] == start],
            }
        )
    return segments


@bp.get("/documents/<path:doc_id>")
def document(doc_id: str):
    store = get_db()
    props = reading.node(store, doc_id)
    if props["kind"] != "Document":
        raise NotFound(t("error.not_document", id=doc_id))
    text = props.get("text") or ""
    mentions = store.read(
        "MATCH (d:Document {id: $id}) MATCH (d)<-[r:MENTIONED_IN]-(x) "
        "RETURN x.id AS id, x.name AS name, labels(x)[0] AS kind, r.start AS start, r.end AS end, r.quote AS quote",
        id=doc_id,
    )
    marks = [m for m in mentions if isinstance(m["start"], int) and isinstance(m["end"], int) and m["end"] > m["start"]]
    marks.sort(key=lambda m: (m["start"], -m["end"]))
    asked = _SPAN.match(request.args.get("hl", ""))
    highlight = None
    if asked and int(asked.group(1)) < int(asked.group(2)) <= len(text):
        highlight = {"start": int(asked.group(1)), "end": int(asked.group(2))}
    elif request.args.get("quote") and request.args["quote"] in text:  # a source that cites a quote without its span
        start = text.index(request.args["quote"])
        highlight = {"start": start, "end": start + len(request.args["quote"])}
    document = {k: v for k, v in props.items() if k not in present.STORAGE}
    document["file"] = PurePath(document.pop("path")).name if document.get("path") else None
    data = {"document": document, "text": text, "mentions": marks, "highlight": highlight}
    segments = spans(text, marks + ([highlight] if highlight else []))
    return respond("document.html", data, segments=segments)
