"""Documents (.txt .md .html .pdf .docx, in French, English or Spanish) to facts with provenance.

>>> load_document(store, "agenda.fr.txt")            # doctest: +SKIP
LoadReport(source='agenda.fr.txt', entities_created=21, ...)

One document is one :class:`graph.facts.Batch`, written in one transaction: a Document
node ``doc:<content hash>`` holding the text, every entity MENTIONED_IN it with the quote
and offsets of its first mention, every relationship with the exact quote it was read from.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from munigraph.graph.errors import LoadError
from munigraph.graph.facts import Entity
from munigraph.graph.store import Store
from munigraph.graph.text import clean
from munigraph.loaders import LoadReport
from munigraph.loaders.documents.events import published
from munigraph.loaders.documents.extract import extract
from munigraph.loaders.documents.language import detect_language
from munigraph.loaders.documents.reading import read_document
from munigraph.loaders.documents.resolve_graph import resolve_against_graph

__all__ = ["load_document", "read_facts"]


def document_id(data: bytes) -> str:
    return f"doc:{hashlib.sha256(data).hexdigest()[:16]}"


def read_facts(path: str | Path, *, sessions: bool = False):
    """Read and extract one document without writing: (Document entity, DocumentFacts).

    ``sessions``: agenda time slots become session events (see :func:`extract`).
    """
    path = Path(path)
    raw = read_document(path)
    doc_id = document_id(raw.text.encode("utf-8"))
    language = detect_language(raw.text)
    try:
        facts = extract(raw.text, doc_id, language, sessions=sessions)
    except Exception as exc:  # noqa: BLE001 - a rule's bug must not reach the user as a traceback
        raise LoadError(f"{path}: could not extract facts ({type(exc).__name__}: {exc}); nothing was written") from exc
    title = raw.title or _title(raw.text) or path.stem
    props = {"title": title, "path": str(path), "language": language, "text": raw.text}
    if (date := published(facts.view)) is not None:
        props["published"] = date
    document = Entity("Document", doc_id, title, [], props)
    return document, facts


def load_document(
    store: Store, path: str | Path, progress: Callable[[int], None] | None = None, *, sessions: bool = False
) -> LoadReport:
    """Read one document and write its facts in one transaction; :class:`LoadError` leaves the graph as it was.

    ``sessions``: agenda time slots become session events attended by the people listed under them.
    """
    started = time.perf_counter()
    path = Path(path)
    if not path.is_file():
        raise LoadError(f"{path}: no such file")
    document, facts = read_facts(path, sessions=sessions)
    resolve_against_graph(store, facts)
    batch = facts.batch(str(path), document)
    written = store.write(batch, progress=progress)
    return LoadReport.from_write(
        path,
        written,
        rows_read=facts.text.count("\n") + 1,
        unresolved=facts.unresolved,
        seconds=time.perf_counter() - started,
    )


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = clean(line.replace("*", " ").lstrip("#"))
        if len(line) > 3:
            return line[:200]
    return None
