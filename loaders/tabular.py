"""Tables in, one batch out: twinning datasets (and attendance lists) through mappings.

``load_table`` reads a CSV/TSV/edge-list file with a declarative mapping
(:mod:`loaders.mapping`), resolves every city through the gazetteer
(:mod:`graph.resolution.places`), folds the rows into facts and writes them in one
transaction. What it guarantees:

- a city is one node across sources: resolved cities have the id ``city:geonames:<id>``
  whatever the source calls them; unresolved ones are kept with ``resolved=false`` and
  listed in the report;
- twinning is symmetric: A->B and B->A (and near-duplicate rows) make one TWINNED_WITH
  whose ``stated_from`` lists the cities whose own record states it and ``stated_by`` is
  ``both`` or ``one``;
- a bad row (a self-link, an empty name, a name too long or without a letter or digit, a
  number that is not one) is rejected with its file:line and reason, written to the
  rejects file, and the rest loads.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from munigraph.graph.errors import LoadError
from munigraph.graph.facts import Batch, Entity, Judgements, Provenance, Relation
from munigraph.graph.resolution.links import LinkIndex, settle
from munigraph.graph.resolution.merges import read_judgements
from munigraph.graph.resolution.partners import settle_by_partners
from munigraph.graph.resolution.places import (
    CityMatch,
    city_entity,
    country_aliases,
    country_candidates,
    country_name,
    place_level,
    resolve_city,
    unresolved_city_id,
)
from munigraph.graph.store import Store
from munigraph.graph.text import clean, name_problem, slug
from munigraph.loaders import LoadReport
from munigraph.loaders.mapping import EntitySpec, Mapping, available, first_line, load_mapping, read_lookup, read_rows

Progress = Callable[[int], None]
ATTENDANCE = "attendance"  # --mapping attendance: an attendance list whatever its header


class RowError(ValueError):
    """A row that cannot be loaded; the message is the reason written to the rejects file."""


@dataclass
class _Pair:
    """One undirected link being assembled from every row that states it."""

    source: str
    target: str
    props: dict[str, Any]
    stated_from: list[str] = field(default_factory=list)
    provenance: list[Provenance] = field(default_factory=list)


@dataclass
class _Build:
    """The facts of one file, accumulated row by row."""

    mapping: Mapping
    dataset: str
    judgements: Judgements = field(default_factory=Judgements)
    facts: Batch | None = None
    pairs: dict[tuple[str, str, str], _Pair] = field(default_factory=dict)
    in_country: dict[tuple[str, str], int] = field(default_factory=dict)  # (city, code) -> the row that placed it
    unresolved: dict[str, str] = field(default_factory=dict)
    rejected: list[str] = field(default_factory=list)
    rows_read: int = 0
    line: int = 0  # the line being read
    rules: dict[str, str] = field(default_factory=dict)  # city id -> the rule that resolved it
    taken: dict[str, int] = field(default_factory=dict)  # a source's place id -> the entry another id keeps
    links: LinkIndex | None = None  # the names the file links to each city, for files without coordinates

    def __post_init__(self) -> None:
        self.facts = Batch(self.dataset, judgements=self.judgements)

    def entity(self, entity: Entity, rule: str | None = None, score: float = 1.0) -> Entity:
        """The entity kept for this one (the batch merges and applies the judgements)."""
        return self.facts.add(entity, rule=rule, score=score)

    def batch(self) -> Batch:
        self.facts.relations = [_twin_relation(pair) for pair in self.pairs.values()]
        self.facts.relations += [
            Relation("IN_COUNTRY", city, f"country:{code}", {}, [Provenance(dataset=self.dataset, row=line)])
            for (city, code), line in sorted(self.in_country.items())
        ]
        return self.facts


def load_table(
    store: Store,
    path: str | Path,
    mapping: str | Path | Mapping | None = None,
    event: str | None = None,
    rejects: str | Path | None = None,
    progress: Progress | None = None,
) -> LoadReport:
    """Load one table into the store in one transaction; return what it did.

    Parameters
    ----------
    mapping : a shipped mapping name, a YAML path, ``"attendance"``, or None to pick the one
        whose header (or first-line pattern) matches the file. Attendance lists are
        recognised by their columns.
    event : for attendance lists, the event attended (id or name).
    rejects : file the rejected rows are appended to (default: ``rejects/`` in the database
        folder, or the current folder for a server database).
    """
    path = Path(path)
    if not path.is_file():
        raise LoadError(f"{path}: no such file")
    started = time.perf_counter()
    if mapping == ATTENDANCE:
        chosen = None
    else:
        chosen = mapping if isinstance(mapping, Mapping) else (load_mapping(mapping) if mapping else pick_mapping(path))
    if chosen is None:
        from munigraph.loaders.attendance import load_attendance

        return load_attendance(store, path, event=event, rejects=rejects, progress=progress)
    build = build_facts(path, chosen, progress, read_judgements(store))
    write_rejects(store, path, build.rejected, rejects)
    written = store.write(build.batch(), progress=progress)
    cities = any(spec.kind == "City" for spec in chosen.entities.values())
    joined = settle_by_partners(store, build.dataset) if cities else 0
    stated = any(pair.stated_from for pair in build.pairs.values())
    if stated and (joined or written.relations_created < written.relations):
        settle_stated_by(store)  # after the joins: a joined tie may now be stated from both sides
    report = LoadReport.from_write(
        path,
        written,
        rows_read=build.rows_read,
        unresolved=sorted(build.unresolved.values()),
        rejected=build.rejected,
        joined=joined,
    )
    report.seconds = time.perf_counter() - started
    return report


def pick_mapping(path: Path) -> Mapping | None:
    """The one shipped mapping whose header matches the file; None for an attendance list.

    Raises LoadError when none or several match.
    """
    from munigraph.loaders.attendance import looks_like_attendance

    matching = []
    for name in available():
        candidate = load_mapping(name)
        if candidate.matches(first_line(path, candidate.comment, candidate.encoding)):
            matching.append(candidate)
    if len(matching) == 1:
        return matching[0]
    if len(matching) > 1:
        names = ", ".join(m.name for m in matching)
        raise LoadError(f"{path}: the header matches several mappings ({names}); choose one with --mapping")
    if looks_like_attendance(path):
        return None
    header = first_line(path).strip()[:120]
    raise LoadError(
        f"{path}: no mapping matches its first line '{header}' "
        f"(shipped: {', '.join(available())}); write one and pass --mapping PATH"
    )


# -- rows to facts -----------------------------------------------------------------------


def build_facts(
    path: Path, mapping: Mapping, progress: Progress | None = None, judgements: Judgements | None = None
) -> _Build:
    """Read every row of a file and fold it into entities and links (nothing written)."""
    lookups = {name: read_lookup(path, spec) for name, spec in mapping.lookups.items()}
    build = _Build(mapping, mapping.name, judgements or Judgements())
    build.taken = _taken(path, mapping, lookups)
    build.links = _link_index(path, mapping, lookups)
    header = list(mapping.match_header)
    for line, row in read_rows(path, mapping):
        build.rows_read += 1
        build.line = line
        if progress and build.rows_read % 1000 == 0:
            progress(1000)
        if header and list(row.values()) == header:
            build.rejected.append(f"{path}:{line}: a repeated header line")
            continue
        try:
            _add_row(build, mapping, row, lookups, line)
        except RowError as exc:
            build.rejected.append(f"{path}:{line}: {exc}")
    return build


def _identifies(spec: EntitySpec) -> bool:
    """Whether the file gives its cities ids of their own (a Wikidata QID): an ``unresolved_id``
    built from the row's id alone, not from the name."""
    template = spec.unresolved_id or ""
    return (
        spec.kind == "City"
        and spec.resolve
        and bool(template)
        and "{slug}" not in template
        and "{country}" not in template
    )


def _source_id(spec: EntitySpec, row: dict) -> str | None:
    """The file's own id for the place, None when it gives its places no id."""
    if not _identifies(spec):
        return None
    try:
        return spec.unresolved_id.format_map(row)
    except (KeyError, ValueError):
        return None


def _taken(path: Path, mapping: Mapping, lookups: dict) -> dict[str, int]:
    """Place ids of the file whose gazetteer entry another of its ids keeps.

    A file that gives each place an id says two ids are two places. When several resolve to
    one gazetteer entry, an id that matched only through another of the entry's names is
    left unresolved, rather than merged into a place it is not, unless the file names it in
    more rows than every other (a city's twins are the file's evidence of the city: "Wien"
    has dozens, "Wieden", Vienna's 4th district that GeoNames lists among Vienna's names, a
    few; "Sankt Petersburg" outnumbers St. Petersburg, Florida). An id whose name is the
    entry's own keeps it.
    """
    specs = [spec for spec in mapping.entities.values() if _identifies(spec)]
    if not specs:
        return {}
    claims: dict[int, dict[str, str]] = {}
    rows: dict[str, int] = {}
    for _, row in read_rows(path, mapping):
        for spec in specs:
            source_id = _source_id(spec, row)
            if source_id is None:
                continue
            rows[source_id] = rows.get(source_id, 0) + 1
            if source_id in rows and rows[source_id] > 1:
                continue  # resolved at its first row
            try:
                match = _match(spec, row, lookups, mapping.language, clean(str(spec.label.get(row, lookups) or "")))
            except (RowError, ValueError, KeyError):
                continue
            if match is not None:
                claims.setdefault(match.geonames_id, {})[source_id] = match.rule
    taken = {}
    for entry, by_id in claims.items():
        if len(by_id) > 1:
            keeper = max(by_id, key=lambda i: (rows[i], by_id[i].startswith("name"), i))
            taken.update({i: entry for i, rule in by_id.items() if i != keeper and not rule.startswith("name")})
    return taken


def _city_links(mapping: Mapping) -> list[tuple[EntitySpec, EntitySpec]]:
    """The (source, target) City specs of the mapping's links that name cities without coordinates."""
    pairs = [(mapping.entities[r.source], mapping.entities[r.target]) for r in mapping.relationships]
    return [
        (a, b) for a, b in pairs if all(spec.kind == "City" and spec.resolve and spec.lat is None for spec in (a, b))
    ]


def _end(spec: EntitySpec, row: dict, lookups: dict) -> tuple[str, str | None] | None:
    """A row's city as written: its name and country string, None when the row lacks it."""
    try:
        name = clean(str(spec.label.get(row, lookups) or ""))
        country = _value(spec.country, row, lookups, spec.name)
    except (ValueError, KeyError):
        return None
    return (name, clean(str(country)) if country else None) if name else None


def _link_index(path: Path, mapping: Mapping, lookups: dict) -> LinkIndex | None:
    """The names the file links to each city (:mod:`graph.resolution.links`): the other side of
    a link settles a name the gazetteer finds ambiguous. Only for files without coordinates,
    where nothing else would."""
    pairs = _city_links(mapping)
    if not pairs:
        return None
    index = LinkIndex()
    for _, row in read_rows(path, mapping):
        for source, target in pairs:
            ends = _end(source, row, lookups), _end(target, row, lookups)
            if ends[0] and ends[1]:
                index.add(*ends[0], *ends[1])
    return index


PartnerView = tuple[set, tuple[str, str | None]]  # the names the partner's side gives a city, and the partner


def _partner_names(build: _Build, mapping: Mapping, row: dict, lookups: dict) -> dict[str, PartnerView]:
    """For each City end of the row, the names the partner's links stated the other way give it,
    with the partner as the row writes it (where it lies is evidence too)."""
    if build.links is None:
        return {}
    named: dict[str, PartnerView] = {}
    for relation in mapping.relationships:
        source, target = mapping.entities[relation.source], mapping.entities[relation.target]
        ends = _end(source, row, lookups), _end(target, row, lookups)
        if ends[0] and ends[1]:
            named[relation.source] = (build.links.names_for_source(ends[1]), ends[1])
            named[relation.target] = (build.links.names_for_target(ends[0]), ends[0])
    return named


def _add_row(build: _Build, mapping: Mapping, row: dict[str, str], lookups: dict, line: int) -> None:
    ids: dict[str, str] = {}
    forms: dict[str, str] = {}
    named = _partner_names(build, mapping, row, lookups)
    for name, spec in mapping.entities.items():
        entity = _make_entity(build, spec, row, lookups, mapping.language, named=named.get(name))
        if entity is None:
            continue
        ids[name], forms[name] = entity.id, spec.label.get(row, lookups)
    # the row's names are quoted: undoing a merge moves the links whose rows name the form
    provenance = Provenance(dataset=build.dataset, row=line, quote=" | ".join(str(f) for f in forms.values()))
    for spec in mapping.relationships:
        source, target = ids.get(spec.source), ids.get(spec.target)
        if not source or not target:
            continue
        if source == target:
            target = _namesake(build, mapping, spec.target, row, lookups, source)
            ids[spec.target] = target or source
        if not target:
            raise RowError(f"self-link: '{forms[spec.source]}' and '{forms[spec.target]}' are both {source}")
        props = {k: v.get(row, lookups) for k, v in spec.properties.items()}
        key = (spec.type, *sorted((source, target)))
        pair = build.pairs.get(key)
        if pair is None:
            pair = build.pairs[key] = _Pair(source, target, {k: v for k, v in props.items() if v is not None})
        if spec.stated_by == "source" and source not in pair.stated_from:
            pair.stated_from.append(source)
        pair.provenance.append(provenance)


def _namesake(build: _Build, mapping: Mapping, end: str, row: dict, lookups: dict, taken: str) -> str | None:
    """The other city of that name, when a link joins namesakes resolved by name alone.

    "Trujillo" twinned with "Trujillo" is two cities; with no coordinates to tell them
    apart, the second end takes the next best candidate. Coordinates that put both ends on
    the same city make a true self-link (None).
    """
    rule = build.rules.get(taken, "")
    if not taken.startswith("city:geonames:") or rule.startswith("coordinates"):
        return None
    entity = _make_entity(
        build, mapping.entities[end], row, lookups, mapping.language, exclude=(int(taken.rsplit(":", 1)[1]),)
    )
    return entity.id if entity is not None and entity.id != taken else None


def _make_entity(
    build: _Build,
    spec: EntitySpec,
    row: dict,
    lookups: dict,
    language: str | None,
    exclude: tuple[int, ...] = (),
    named: PartnerView | None = None,
) -> Entity | None:
    try:
        name = spec.label.get(row, lookups)
        values = {k: v.get(row, lookups) for k, v in spec.properties.items()}
    except (ValueError, KeyError) as exc:
        raise RowError(f"{spec.name}: {exc}") from exc
    if not name or not clean(str(name)):
        if spec.required:
            raise RowError(f"{spec.name}: empty name")
        return None
    name = clean(str(name))
    if problem := name_problem(name):
        raise RowError(f"{spec.name}: {problem}")
    if spec.kind != "City":
        entity_id = _value(spec.id, row, lookups, spec.name) or f"{_prefix(spec.kind)}:{slug(name)}"
        entity = Entity(spec.kind, entity_id, name, props={k: v for k, v in values.items() if v is not None})
        return build.entity(entity)
    return _make_city(build, spec, row, lookups, language, name, values, exclude, named)


def _make_city(
    build: _Build,
    spec: EntitySpec,
    row: dict,
    lookups: dict,
    language: str | None,
    name: str,
    values: dict,
    exclude: tuple[int, ...] = (),
    named: PartnerView | None = None,
) -> Entity | None:
    country_text = _value(spec.country, row, lookups, spec.name)
    lat, lon = _value(spec.lat, row, lookups, spec.name), _value(spec.lon, row, lookups, spec.name)
    countries = country_candidates(country_text) if country_text else ()
    match = None
    if spec.resolve and _source_id(spec, row) not in build.taken:
        written_country = clean(str(country_text)) if country_text else None
        region = build.links.region_of(name, written_country, language) if build.links and lat is None else None
        match = _match(spec, row, lookups, language, name, exclude, region)
        if named and not exclude and lat is None:
            match = settle(name, written_country, match, named[0], language, partner=named[1])
    props = {k: v for k, v in values.items() if v is not None}
    rule: tuple[str, float] | None = None
    if match is not None:
        entity = city_entity(match, name, props, language=language)
        build.rules.setdefault(entity.id, match.rule)
        rule = (f"gazetteer:{match.rule}", match.score)
    elif exclude:
        return None
    else:
        code = countries[0] if len(countries) == 1 else None
        entity_id = _value(spec.id, row, lookups, spec.name)
        if not entity_id and spec.unresolved_id:
            entity_id = spec.unresolved_id.format_map({**row, "slug": slug(name), "country": (code or "xx").lower()})
        entity_id = entity_id or unresolved_city_id(name, code)
        props.update({"resolved": False, **({"country": code} if code else {})})
        level = place_level(name)
        if level:
            props["level"] = level
        if lat is not None and lon is not None:
            props.update({"lat": lat, "lon": lon})
        entity = Entity("City", entity_id, name, props=props)
        build.unresolved.setdefault(entity_id, f"{name} ({country_text or '?'})")
    entity = build.entity(entity, *(rule or ()))
    code = entity.props.get("country")
    if code:
        build.entity(Entity("Country", f"country:{code}", country_name(code), aliases=country_aliases(code)))
        build.in_country.setdefault((entity.id, code), build.line)
    return entity


def _match(
    spec: EntitySpec,
    row: dict,
    lookups: dict,
    language: str | None,
    name: str,
    exclude: tuple[int, ...] = (),
    region: tuple[str, str] | None = None,
) -> CityMatch | None:
    """The gazetteer entry a row's city is, from its name, country (and a region the country
    string names: "Ohio, United States"), coordinates and population; no guess."""
    country_text = _value(spec.country, row, lookups, spec.name)
    lat, lon = _value(spec.lat, row, lookups, spec.name), _value(spec.lon, row, lookups, spec.name)
    country = str(country_text) if country_text and country_candidates(country_text) else None
    people = _value(spec.population, row, lookups, spec.name)
    return resolve_city(
        name, country, language, lat=lat, lon=lon, exclude=exclude, guess=False, region=region, population=people
    )


def _value(spec: Any, row: dict, lookups: dict, where: str) -> Any:
    if spec is None:
        return None
    try:
        return spec.get(row, lookups)
    except (ValueError, KeyError) as exc:
        raise RowError(f"{where}: {exc}") from exc


def _prefix(kind: str) -> str:
    from munigraph.graph.schema import load_model

    node = load_model().nodes.get(kind)
    if node is None:
        raise LoadError(f"unknown kind '{kind}' in the mapping")
    return node.prefix


def _twin_relation(pair: _Pair) -> Relation:
    props = dict(pair.props)
    if pair.stated_from:
        props["stated_from"] = sorted(pair.stated_from)
        props["stated_by"] = "both" if len(pair.stated_from) == 2 else "one"
    return Relation("TWINNED_WITH", pair.source, pair.target, props=props, provenance=pair.provenance)


def settle_stated_by(store: Store) -> int:
    """Recompute ``stated_by`` where another source added the other side.

    The store unions ``stated_from`` across sources but keeps the first ``stated_by``, so a
    link stated by one city in one dataset and by its twin in another would still say
    "one". Returns the number of links corrected.
    """
    rows = store.run_write(
        "MATCH (:City)-[t:TWINNED_WITH]->(:City) WHERE t.stated_by = 'one' AND size(t.stated_from) > 1 "
        "SET t.stated_by = 'both' RETURN count(t) AS n"
    )
    return rows[0]["n"] if rows else 0


# -- rejected rows -----------------------------------------------------------------------


def rejects_path(store: Store, data_path: Path, rejects: str | Path | None) -> Path:
    """Where rejected rows go: the given file, else ``rejects/<file>.txt`` by the database."""
    if rejects:
        return Path(rejects)
    base = store.data_folder or Path.cwd()
    return base / "rejects" / f"{data_path.name}.rejects.txt"


def write_rejects(store: Store, data_path: Path, lines: list[str], rejects: str | Path | None) -> Path | None:
    """Append the rejected rows (``file:line: reason``) to the rejects file."""
    if not lines:
        return None
    target = rejects_path(store, data_path, rejects)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8") as handle:
            handle.writelines(f"{line}\n" for line in lines)
    except OSError as exc:
        raise LoadError(f"{target}: cannot write the rejected rows ({exc.strerror})") from exc
    return target
