"""Curated facts: what staff know, written as YAML (format: docs/curated-format.md).

A curated file declares the documents it cites, the entities, and the relationships (with
``since``/``until`` and their sources). Cities are resolved through the gazetteer, so "La
Haye" in a curated file is the same node as "The Hague" in a twinning list. The whole file
is one batch: a mistake anywhere is reported with its entry and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from munigraph.graph.errors import LoadError
from munigraph.graph.facts import Batch, Entity, Judgements, Provenance, Relation
from munigraph.graph.resolution.events import match_events
from munigraph.graph.resolution.merges import read_judgements
from munigraph.graph.resolution.places import (
    city_entity,
    country_aliases,
    country_name,
    resolve_city,
    resolve_city_body,
    unresolved_city_id,
)
from munigraph.graph.schema import load_model
from munigraph.graph.store import Store
from munigraph.graph.text import clean, fold, slug
from munigraph.loaders import LoadReport

Progress = Callable[[int], None]
_ENTITY_FIELDS = {"id", "kind", "name", "aliases", "props", "sources"}
_RELATION_FIELDS = {"from", "type", "to", "sources"}
_SOURCE_FIELDS = {"document", "quote", "dataset", "row", "note"}


def load_curated(store: Store, path: str | Path, progress: Progress | None = None) -> LoadReport:
    """Load one curated YAML file in one transaction."""
    started = time.perf_counter()
    path = Path(path)
    batch, unresolved = read_curated(path, read_judgements(store))
    _join_known_events(store, batch)
    written = store.write(batch, progress=progress)
    return LoadReport.from_write(
        path,
        written,
        rows_read=len(batch.entities) + len(batch.relations),
        unresolved=unresolved,
        seconds=time.perf_counter() - started,
    )


def _join_known_events(store: Store, batch: Batch) -> None:
    """An event of the file that is a meeting already in the graph (read from a document
    first) takes that node's id: one node per meeting, whatever the order of loading."""
    renames = match_events(store, batch.entities, batch.source)
    if not renames:
        return
    for entity in batch.entities:
        entity.id = renames.get(entity.id, entity.id)
    for relation in batch.relations:
        relation.source = renames.get(relation.source, relation.source)
        relation.target = renames.get(relation.target, relation.target)


def read_curated(path: Path, judgements: Judgements | None = None) -> tuple[Batch, list[str]]:
    """The batch a curated file describes, and the cities no gazetteer entry matched."""
    if not path.is_file():
        raise LoadError(f"{path}: no such file")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise LoadError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: not UTF-8 text") from exc
    if not isinstance(raw, dict):
        raise LoadError(f"{path}: a curated file is a YAML object with documents, entities, relationships")
    unknown = set(raw) - {"source", "description", "documents", "entities", "relationships"}
    if unknown:
        raise LoadError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}")
    reader = _Reader(path, raw.get("source") or path.stem, judgements or Judgements())
    for i, spec in enumerate(raw.get("documents") or []):
        reader.document(spec, f"{path}: documents[{i}]")
    for i, spec in enumerate(raw.get("entities") or []):
        reader.entity(spec, f"{path}: entities[{i}]")
    for i, spec in enumerate(raw.get("relationships") or []):
        reader.relation(spec, f"{path}: relationships[{i}]", i)
    return reader.batch, reader.unresolved


class _Reader:
    """Turns the entries of one file into a batch, resolving names to ids as it goes."""

    def __init__(self, path: Path, source: str, judgements: Judgements) -> None:
        self.path = path
        self.model = load_model()
        self.batch = Batch(source, judgements=judgements)
        self.by_id: dict[str, Entity] = {}
        self.texts: dict[str, str] = {}  # document id -> its text, when the file was found
        self.by_name: dict[str, str] = {}  # folded name or alias -> id
        self.unresolved: list[str] = []

    # -- entries ---------------------------------------------------------------------------

    def document(self, spec: Any, where: str) -> None:
        spec = _object(spec, where)
        if not spec.get("id") or not str(spec["id"]).startswith("doc:"):
            raise LoadError(f"{where}: a document needs an id starting with 'doc:'")
        props = {k: spec[k] for k in ("title", "path", "url", "language", "published") if spec.get(k) is not None}
        props = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in props.items()}
        text = document_text(self.path, str(spec.get("path") or ""))
        if text is not None:
            props["text"] = text
            self.texts[spec["id"]] = text
        self._add(Entity("Document", spec["id"], spec.get("title") or spec["id"], props=props))

    def entity(self, spec: Any, where: str) -> None:
        spec = _object(spec, where)
        kind, name = spec.get("kind"), clean(str(spec.get("name") or ""))
        if kind not in self.model.nodes:
            raise LoadError(f"{where}: kind '{kind}' is not one of {', '.join(self.model.nodes)}")
        if not name:
            raise LoadError(f"{where}: {kind} has no name")
        props = dict(_object(spec.get("props") or {}, f"{where}.props"))
        # a kind's own properties may also be written at the top level ("country: NL")
        for key in set(spec) - _ENTITY_FIELDS:
            if key not in self.model.node_properties(kind):
                raise LoadError(f"{where}: '{key}' is not a property of {kind}")
            props[key] = spec[key]
        props = {k: _scalar(v) for k, v in props.items() if v is not None}
        aliases = [clean(str(a)) for a in spec.get("aliases") or []]
        if kind == "Organisation" and not spec.get("id") and resolve_city_body(name, props.get("country")):
            kind = "City"  # "Ayuntamiento de Madrid" written as a body is the city of Madrid
            props = {k: v for k, v in props.items() if k in self.model.node_properties("City")}
        if kind == "City":
            entity = self._city(spec.get("id"), name, aliases, props, where)
        else:
            prefix = self.model.nodes[kind].prefix
            entity = Entity(kind, spec.get("id") or f"{prefix}:{slug(name)}", name, aliases, props)
        self._add(entity, where.rpartition(": ")[2])
        for i, source in enumerate(spec.get("sources") or []):
            provenance = self._provenance(source, f"{where}.sources[{i}]", entity.id)
            if provenance.document and kind != "Document":
                props = {"quote": provenance.quote} if provenance.quote else {}
                self.batch.relations.append(
                    Relation("MENTIONED_IN", entity.id, provenance.document, props, [provenance])
                )

    def relation(self, spec: Any, where: str, index: int) -> None:
        spec = _object(spec, where)
        rel_type = spec.get("type")
        if rel_type not in self.model.relationships:
            raise LoadError(f"{where}: type '{rel_type}' is not one of {', '.join(self.model.relationships)}")
        source, target = self._ref(spec.get("from"), f"{where}.from"), self._ref(spec.get("to"), f"{where}.to")
        props = {k: _scalar(v) for k, v in spec.items() if k not in _RELATION_FIELDS and v is not None}
        allowed = self.model.rel_properties(rel_type)
        for key in props:
            if key not in allowed:
                raise LoadError(f"{where}: '{key}' is not a property of {rel_type}")
        sources = spec.get("sources") or []
        provenance = [self._provenance(s, f"{where}.sources[{i}]", None) for i, s in enumerate(sources)]
        provenance = provenance or [Provenance(dataset=self.batch.source, row=index + 1)]
        self.batch.relations.append(Relation(rel_type, source, target, props, provenance))

    # -- helpers ---------------------------------------------------------------------------

    def _city(self, given_id: str | None, name: str, aliases: list[str], props: dict, where: str) -> Entity:
        country = props.get("country")
        match = None if given_id else resolve_city(name, country or None, lat=props.get("lat"), lon=props.get("lon"))
        body = None if given_id or match else resolve_city_body(name, country or None)
        match = match or (body[1] if body else None)
        if match is not None:
            return city_entity(match, name, props, aliases)
        if not given_id:
            self.unresolved.append(f"{name} ({country or '?'})")
            props.setdefault("resolved", False)
        return Entity("City", given_id or unresolved_city_id(name, country), name, aliases, props)

    def _add(self, entity: Entity, row: str = "") -> None:
        # a gazetteer match joins the file's forms to a city: recorded as merges
        resolved = entity.kind == "City" and entity.id.startswith("city:geonames:")
        entity = self.batch.add(entity, rule="gazetteer:name" if resolved else None, score=0.95)
        self.by_id[entity.id] = entity
        for form in (entity.name, *entity.aliases):
            self.by_name.setdefault(fold(form), entity.id)
        code = entity.props.get("country") if entity.kind == "City" else None
        if code:
            country_id = f"country:{code}"
            if country_id not in self.by_id:
                self._add(Entity("Country", country_id, country_name(code), country_aliases(code)))
            placed = [Provenance(dataset=self.batch.source, row=row or entity.id)]  # the entry that gave the country
            self.batch.relations.append(Relation("IN_COUNTRY", entity.id, country_id, {}, placed))

    def _ref(self, value: Any, where: str) -> str:
        """An entity named by id, or by a name or alias of an entity of this file."""
        if not value:
            raise LoadError(f"{where}: missing")
        text = clean(str(value))
        if self.model.kind_of_id(text) and ":" in text:
            return text
        found = self.by_name.get(fold(text))
        if found is None:
            raise LoadError(f"{where}: '{text}' is neither an id nor the name of an entity in this file")
        return found

    def _provenance(self, source: Any, where: str, _owner: str | None) -> Provenance:
        if isinstance(source, str):
            source = {"document": source} if source.startswith("doc:") else {"note": source}
        source = _object(source, where)
        unknown = set(source) - _SOURCE_FIELDS
        if unknown:
            raise LoadError(f"{where}: unknown source field(s) {', '.join(sorted(unknown))}")
        document = source.get("document")
        if document and document not in self.by_id:
            raise LoadError(f"{where}: document '{document}' is not declared under documents")
        if document:
            quote = source.get("quote")
            start = self.texts.get(document, "").find(quote) if quote else -1
            if start >= 0:  # the quote is in the text: the fact links to its exact span
                return Provenance(document=document, quote=quote, start=start, end=start + len(quote))
            return Provenance(document=document, quote=quote)
        row = source.get("row") or source.get("note")
        return Provenance(dataset=source.get("dataset") or self.batch.source, row=row)


def document_text(curated: Path, relative: str) -> str | None:
    """The text of a document a curated file cites by ``path``, when the file can be found.

    The path is looked up beside the curated file, then in each folder above it and in
    that folder's ``shared/`` (the workspace keeps the organisation's corpus there). A
    document that cannot be found keeps its title and path only.
    """
    from munigraph.loaders.documents.reading import read_document  # the document loader's reading: same offsets

    if not relative or Path(relative).is_absolute():
        return None
    for folder in curated.resolve().parents:
        for candidate in (folder / relative, folder / "shared" / relative):
            if candidate.is_file():
                try:
                    return read_document(candidate).text
                except LoadError:
                    return None
    return None


def _object(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise LoadError(f"{where}: expected a mapping of fields, got {type(value).__name__}")
    return value


def _scalar(value: Any) -> Any:
    """YAML dates become ISO strings, as the model stores them."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value
