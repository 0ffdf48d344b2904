"""The facts read from one document, collected with their spans, then turned into a Batch."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.resolution import orgs
from munigraph.graph.text import clean, slug
from munigraph.loaders.documents import roles
from munigraph.loaders.documents.context import Context
from munigraph.loaders.documents.markup import SpanIndex
from munigraph.loaders.documents.modality import BLOCKS, TENTATIVE

_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=([^\W\d_]))")  # "munici-\\npal" (layout.py)
_FEW_ADDED = 32  # bodies looked through beside the index of the others before it is built again


def make_event_id(name: str, day: str | None = None, *, keep_article: bool = False, repeat_day: bool = False) -> str:
    """An event's id: "event:", the slug of its name cut at 60 characters, and "-day" when a ``day`` (a date
    or a year) tells apart meetings of one name. The day is not said twice ("Forum 2023" held in 2023 is
    event:forum-2023) unless ``repeat_day``, as the ids of dated body and council meetings always were.
    A leading article is dropped from the name unless ``keep_article``: the rules of meetings, parts,
    ceremonies and years named their events with it, and their ids stay as they were."""
    base = slug(name if keep_article else orgs.strip_article(name))[:60].strip("-")
    if day and (repeat_day or not base.endswith(day)):
        return f"event:{base}-{day}"
    return f"event:{base}"


@dataclass
class DocumentFacts:
    """Entities and relations of one document; every fact keeps the span it was read from."""

    doc_id: str
    text: str
    view: str
    language: str
    entities: dict[str, Entity] = field(default_factory=dict)
    first_span: dict[str, tuple[int, int]] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    relations: dict[tuple, Relation] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)
    org_spans: list[tuple[int, int]] = field(default_factory=list)  # where known bodies are named
    bodies: dict[tuple[int, int], str] = field(default_factory=dict)  # spans already read as a body -> its id
    countries: tuple[str, ...] = ()  # ISO2 of countries the text names: context for cities
    entry_country: str | None = None  # ISO2 of the country named in the agenda entry being read
    main_header: Any = None
    context: Context | None = None  # lines, sentences and list entries, prepared once (read-only)
    unmentioned: set[str] = field(default_factory=set)  # entities the text implies but does not name
    programme_sessions: set[str] = field(default_factory=set)  # sessions of a programme, dropped if nobody attends
    at_venue: dict[str, tuple[str, tuple[int, int]]] = field(default_factory=dict)  # part -> (its event, venue span)
    _org_index: tuple[int, SpanIndex, int] | None = field(default=None, repr=False)  # spans in it, it, spans indexed
    _org_starts: tuple[int, dict[int, tuple[int, int]]] | None = field(default=None, repr=False)
    _page_owner: tuple[int, tuple, str | None] | None = field(default=None, repr=False)
    # what a step read of the document, by name, with what it was read from (prose.event_mentions)
    cached: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # org_spans only grows: the spans indexed so far, by where they end (see org_spans_ending)
    _org_ends: tuple[int, dict[int, list[tuple[int, int]]]] = field(
        default_factory=lambda: (0, {}), repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if self.context is None:
            self.context = Context.prepare(self.text, self.language)

    def org_index(self) -> SpanIndex:
        """:attr:`org_spans` indexed: rebuilt when many bodies were added since, the few added
        since looked through beside it (org_spans only grows)."""
        count = len(self.org_spans)
        if self._org_index is None or count - self._org_index[2] > _FEW_ADDED:
            index = SpanIndex(self.org_spans)
            self._org_index = (count, index, count)
        elif count != self._org_index[0]:
            built = self._org_index[2]
            index = self._org_index[1].with_added(self.org_spans[self._org_index[0] : count])
            self._org_index = (count, index, built)
        return self._org_index[1]

    def org_span_at(self, start: int) -> tuple[int, int] | None:
        """The first body span that starts at ``start`` (an index rebuilt when a body was added since)."""
        if self._org_starts is None or self._org_starts[0] != len(self.org_spans):
            starts: dict[int, tuple[int, int]] = {}
            for span in self.org_spans:
                starts.setdefault(span[0], span)
            self._org_starts = (len(self.org_spans), starts)
        return self._org_starts[1].get(start)

    def org_spans_ending(self, end: int) -> list[tuple[int, int]]:
        """The body spans that end at ``end``, in the order they were read (the index takes in
        the bodies added since it was last asked, so a long text is not indexed again and again)."""
        indexed, ends = self._org_ends
        for span in self.org_spans[indexed:]:
            ends.setdefault(span[1], []).append(span)
        self._org_ends = (len(self.org_spans), ends)
        return ends.get(end, [])

    def surface(self, start: int, end: int) -> str:
        """The text of a span, as a name: markup and spacing cleaned, a word hyphenated at a line
        end joined again ("Kowal-\\nska", "Jean-\\nBaptiste": layout.py)."""
        start, end = self.in_text((start, end))
        raw = self.text[start:end]
        if "-\n" in raw and self.context is not None and self.context.joined:
            raw = _LINE_END_HYPHEN.sub(lambda m: "-" if m.group(1).isupper() else "", raw)
        return clean(raw.replace("*", " ").replace("_", " ")).strip(" ,;:-")

    def in_text(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of the view as a span of the text (they differ where a hyphenated word was joined)."""
        return self.context.in_text(span) if self.context is not None else span

    def entity(
        self,
        kind: str,
        entity_id: str,
        name: str,
        span: tuple[int, int],
        aliases: list[str] | tuple[str, ...] = (),
        props: dict[str, Any] | None = None,
        merge: dict[str, Any] | None = None,
        surface_is_alias: bool = True,
    ) -> Entity:
        """Add (or enrich) an entity mentioned at ``span``; ``merge`` records why a form joined it.

        The span's text becomes an alias unless ``surface_is_alias`` is false (a span that
        mentions the entity inside a longer name, or with a title in front).
        """
        span = self.in_text(span)
        surface = self.surface(*span) if surface_is_alias else ""
        forms = [f for f in [surface, *aliases] if f]
        existing = self.entities.get(entity_id)
        if existing is None:
            existing = Entity(kind, entity_id, clean(name), [], dict(props or {}))
            self.entities[entity_id] = existing
            self.first_span[entity_id] = span
        else:
            for key, value in (props or {}).items():
                existing.props.setdefault(key, value)
        for form in forms:
            if form not in existing.aliases:
                existing.aliases.append(form)
                if merge and form != existing.name:
                    record = {**merge, "form": form, "document": self.doc_id}
                    existing.props.setdefault("merges", []).append(
                        json.dumps(record, ensure_ascii=False, sort_keys=True)
                    )
        self.mentions[entity_id] = self.mentions.get(entity_id, 0) + 1
        if surface_is_alias:
            self.unmentioned.discard(entity_id)
        return existing

    def forget(self, entity_id: str) -> Entity | None:
        """Drop an entity read by mistake with what is kept about it (its span, mentions); the
        caller moves or drops its relations. Later steps count mentions of entities only."""
        self.first_span.pop(entity_id, None)
        self.mentions.pop(entity_id, None)
        self.unmentioned.discard(entity_id)
        return self.entities.pop(entity_id, None)

    def relate(self, rel_type: str, source: str, target: str, span: tuple[int, int], **props: Any) -> None:
        """A relation stated by the text at ``span`` (its exact quote becomes the provenance), unless the
        clause holding it says otherwise (negated, conditional, invited, intended: modality.py). An
        organiser read from inside a name ("Congrès mondial de CGLU") is no exception: the organisation's
        gold annotates none in a conditional or negated sentence."""
        if source == target or source not in self.entities or target not in self.entities:
            return
        if self.context is not None:
            modality = self.context.modality_at(*span)
            if rel_type in BLOCKS[modality]:
                return  # "X did not attend", "Y plans to twin with Z", "mayors are invited to join" (modality.py)
            if modality == TENTATIVE and props.get("status"):
                props["status"] = TENTATIVE  # "X will attend the Forum, to be confirmed"
        props = {k: v for k, v in props.items() if v not in (None, "")}
        key = (rel_type, source, target)
        span = self.in_text(span)
        quote = self.text[span[0] : span[1]]
        if rel_type == "HOLDS_OFFICE" and props.get("role") and roles.held_before(quote, props["role"]):
            props["former"] = True  # "Jane Roe, former Mayor of Porto": the office, held before (x-offices2)
        provenance = Provenance(document=self.doc_id, quote=quote, start=span[0], end=span[1])
        existing = self.relations.get(key)
        if existing:
            for name, value in props.items():
                existing.props.setdefault(name, value)
            if provenance not in existing.provenance:
                existing.provenance.append(provenance)
            return
        self.relations[key] = Relation(rel_type, source, target, props, [provenance])

    def office(self, person: str, body: str, span: tuple[int, int], role: str) -> None:
        """``person`` holds ``role`` in ``body``; the co-chair of a council co-chairs it (CO_CHAIRS)."""
        if role == "co-president" and body in self.entities and self.entities[body].kind == "Council":
            self.relate("CO_CHAIRS", person, body, span)
        else:
            self.relate("HOLDS_OFFICE", person, body, span, role=self.office_role(role, span))

    def office_role(self, role: str, span: tuple[int, int]) -> str:
        """``role`` as the office is written at ``span``: "deputy mayor for culture", "senior policy advisor",
        "secretary of education" (the canonical office stays in it)."""
        quote = self.text[span[0] : span[1]]
        following = self.text[span[1] : span[1] + 80]
        return roles.full_role(roles.with_portfolio(role, quote), quote, self.names, following)

    def relate_from_dataset(self, rel_type: str, source: str, target: str, dataset: str, row: int | str) -> None:
        """A relation that comes from a reference dataset (the gazetteer), not from the text."""
        key = (rel_type, source, target)
        if key not in self.relations and source in self.entities and target in self.entities:
            self.relations[key] = Relation(rel_type, source, target, {}, [Provenance(dataset=dataset, row=row)])

    def names(self) -> list[str]:
        """Every name and alias of the entities read so far (a field of an office is none of them)."""
        return [form for e in self.entities.values() for form in (e.name, *e.aliases) if len(form) > 2]

    def has(self, rel_type: str, source: str, target: str) -> bool:
        return (rel_type, source, target) in self.relations

    def batch(self, source: str, document: Entity) -> Batch:
        """One batch: the Document, the entities, their MENTIONED_IN edges and the relations."""
        batch = Batch(source)
        batch.add(document)
        for entity_id, entity in self.entities.items():
            batch.add(entity)
            if entity_id in self.unmentioned:
                continue
            start, end = self.first_span[entity_id]
            quote = self.text[start:end]
            props = {"quote": quote, "start": start, "end": end}
            batch.relations.append(
                Relation(
                    "MENTIONED_IN",
                    entity_id,
                    self.doc_id,
                    props,
                    [Provenance(document=self.doc_id, quote=quote, start=start, end=end)],
                )
            )
        batch.relations.extend(self.relations.values())
        return batch
