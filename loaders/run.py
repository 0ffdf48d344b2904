"""Dispatch: each file to the loader for its type, one transaction per file, a progress bar."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from munigraph.graph.errors import LoadError, MunigraphError
from munigraph.graph.store import Store
from munigraph.loaders import CURATED_SUFFIXES, DOCUMENT_SUFFIXES, TABLE_SUFFIXES, LoadReport, iter_files
from tqdm import tqdm

Progress = Callable[[int], None]


def _loader_for(path: Path, mapping: str | None) -> Callable[..., LoadReport]:
    suffix = path.suffix.lower()
    if mapping or suffix in TABLE_SUFFIXES or path.name.startswith("out."):
        from munigraph.loaders.tabular import load_table

        return load_table
    if suffix in CURATED_SUFFIXES:
        from munigraph.loaders.curated import load_curated

        return load_curated
    if suffix in DOCUMENT_SUFFIXES:
        from munigraph.loaders.documents import load_document

        return load_document
    known = sorted(DOCUMENT_SUFFIXES | TABLE_SUFFIXES | CURATED_SUFFIXES)
    raise LoadError(f"{path}: unsupported file type '{suffix or '(none)'}' (supported: {' '.join(known)})")


def load_paths(
    store: Store,
    paths: Sequence[str | Path],
    mapping: str | None = None,
    event: str | None = None,
    rejects: str | None = None,
    sessions: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> tuple[list[LoadReport], list[str]]:
    """Load every file under ``paths``; return the reports and one error line per failed file.

    ``mapping``, ``event`` and ``rejects`` are for tables; ``sessions`` (agenda time slots
    become session events) is for documents.

    A failed file leaves the graph as it was (its transaction is rolled back); the others
    still load. Each file loads under the store's write lock: a load of the same folder in
    another process waits for it, and ``on_wait`` gets one line saying so.
    """
    files = [f for f in iter_files(paths) if not _is_companion(f)]
    # curated facts first: written by hand with stable ids, documents then join their nodes
    files.sort(key=lambda f: f.suffix.lower() not in CURATED_SUFFIXES)
    reports, errors = [], []
    show = sys.stderr.isatty()
    for path in tqdm(files, desc="files", unit="file", disable=not show or len(files) < 2, file=sys.stderr):
        started = time.perf_counter()
        try:
            loader = _loader_for(path, mapping)
            kwargs = _options(loader, mapping=mapping, event=event, rejects=rejects, sessions=sessions)
            with (
                store.exclusive(f"the load of {path}", on_wait=on_wait),
                tqdm(desc=path.name, unit="row", disable=not show, leave=False, file=sys.stderr) as bar,
            ):
                report = loader(store, path, progress=bar.update, **kwargs)
        except MunigraphError as exc:
            message = str(exc)
            errors.append(message if str(path) in message else f"{path}: {message}")
            continue
        report.seconds = report.seconds or time.perf_counter() - started
        reports.append(report)
    return reports, errors


def _options(loader: Callable[..., LoadReport], **options) -> dict:
    """The options ``loader`` takes: a loader ignores those meant for another file type."""
    if loader.__name__ == "load_table":
        return {k: options[k] for k in ("mapping", "event", "rejects")}
    if loader.__name__ == "load_document":
        return {"sessions": options["sessions"]}
    return {}


def _is_companion(path: Path) -> bool:
    """Files that travel with a dataset but are not loaded on their own."""
    return path.name in {"SOURCES.md", "LICENSE", "README.twin", "README.md", "names.tsv"} or path.suffix == ".sparql"
