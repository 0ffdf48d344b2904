"""Attendance and registration exports: people, their organisations, ATTENDED an event.

A CSV (comma, semicolon or tab) with columns such as First Name, Last Name, Email,
Organization, Job Title, Attended, Role, Status, in English, French or Spanish (the column
titles and the answers, such as "Yes", "Peut-être" or "Quizás", are in ``lang/attendance.*.yaml``). Each row
with a name makes a Person (``title`` from the job title) who ATTENDED the event named by
``event``, and who is AFFILIATED_WITH the row's Organisation.

E-mail addresses are personal data and never reach the graph: only a salted SHA-256
(``email_hash``) is kept, so the same person registering twice can be recognised. The
salt comes from ``MUNIGRAPH_SALT``, else from the file ``salt`` in the database folder
(created on first use, never exported).

Names already in the graph are reused: an organisation, event or person whose name or alias
folds to the same key keeps its id, so "UCLG" in a list joins the curated ``org:uclg``.
"""

from __future__ import annotations

import csv
import hashlib
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from munigraph.graph.errors import LoadError
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.resolution.orgs import lookup_known
from munigraph.graph.resolution.places import city_entity, country_aliases, country_name, resolve_city_body
from munigraph.graph.store import Store
from munigraph.graph.text import clean, fold, name_problem, slug
from munigraph.loaders import LoadReport

Progress = Callable[[int], None]

LANG_DIR = Path(__file__).with_name("lang")
ANSWERS = ("yes", "no", "tentative")


@dataclass(frozen=True)
class Words:
    """The words of attendance exports in every language, from ``lang/attendance.*.yaml``, folded."""

    columns: dict[str, str]  # column title -> field (first, last, name, email, ...)
    answers: dict[str, str]  # Attended (or Status) value -> yes, no or tentative
    roles: dict[str, str]  # Role value -> the role of ATTENDED


@cache
def words() -> Words:
    """Every language's words merged; a word with two meanings is a mistake in the files."""
    merged: dict[str, dict[str, str]] = {"columns": {}, "answers": {}, "roles": {}}
    for path in sorted(LANG_DIR.glob("attendance.*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for section, table in merged.items():
            for meaning, forms in data[section].items():
                for form in forms:
                    key = fold(str(form))
                    if table.setdefault(key, str(meaning)) != str(meaning):
                        raise ValueError(f"{path.name}: '{form}' means both {table[key]} and {meaning}")
    unknown = set(merged["answers"].values()) - set(ANSWERS)
    if unknown:
        raise ValueError(f"attendance answers must be {', '.join(ANSWERS)}, not {', '.join(sorted(unknown))}")
    return Words(**merged)


def looks_like_attendance(path: Path) -> bool:
    """Whether a table's header names people and at least an e-mail, organisation or attendance."""
    try:
        fields = set(_header_fields(_read_header(path)).values())
    except (OSError, UnicodeDecodeError, csv.Error):
        return False
    has_name = "name" in fields or {"first", "last"} <= fields
    return has_name and bool(fields & {"email", "organisation", "attended"})


def load_attendance(
    store: Store,
    path: str | Path,
    event: str | None = None,
    rejects: str | Path | None = None,
    progress: Progress | None = None,
) -> LoadReport:
    """Load an attendance list for ``event`` (an event id, or a name) in one transaction."""
    from munigraph.loaders.tabular import write_rejects

    path = Path(path)
    if not event or not clean(event):
        raise LoadError(f"{path}: an attendance list needs the event it is for (--event NAME)")
    started = time.perf_counter()
    known = _known_ids(store)
    salt = _salt(store)
    batch = Batch(path.name)
    event_entity = _event(event, known)
    batch.entities.append(event_entity)
    rows_read, rejected = 0, []
    people: dict[str, Entity] = {}
    for line, row in _rows(path):
        rows_read += 1
        if progress:
            progress(1)
        provenance = Provenance(dataset=path.name, row=line)
        reason = row if isinstance(row, str) else _add_row(batch, people, row, event_entity.id, known, salt, provenance)
        if reason:
            rejected.append(f"{path}:{line}: {reason}")
    batch.entities += list(people.values())
    write_rejects(store, path, rejected, rejects)
    written = store.write(batch, progress=progress)
    return LoadReport.from_write(
        path,
        written,
        rows_read=rows_read,
        rejected=rejected,
        seconds=time.perf_counter() - started,
    )


def email_hash(email: str, salt: str) -> str:
    """Salted SHA-256 of a normalised e-mail address (case and spaces do not matter)."""
    return hashlib.sha256(f"{salt}:{email.strip().lower()}".encode()).hexdigest()


# -- rows --------------------------------------------------------------------------------


def _add_row(
    batch: Batch,
    people: dict[str, Entity],
    row: dict[str, str],
    event_id: str,
    known: dict[str, dict[str, str]],
    salt: str,
    provenance: Provenance,
) -> str | None:
    """Add one row's facts; return the reason when the row is rejected."""
    name = clean(row.get("name") or " ".join(p for p in (row.get("first"), row.get("last")) if p))
    if not name:
        return "no name (First Name / Last Name or Name is empty)"
    if problem := name_problem(name):
        return f"person: {problem}"
    answer, said = _answer(row)
    if answer == "no":
        return f"did not attend ({said})"
    if said and answer is None:
        return f"{said} is neither yes, no nor tentative"
    organisation = clean(row.get("organisation", ""))
    if organisation and (problem := name_problem(organisation)):
        return f"organisation: {problem}"
    person_id = known["Person"].get(fold(name)) or f"person:{slug(name)}"
    props = {}
    if row.get("title"):
        props["title"] = clean(row["title"])
    if row.get("email") and "@" in row["email"]:
        props["email_hash"] = email_hash(row["email"], salt)
    person = people.setdefault(person_id, Entity("Person", person_id, name, props=props))
    for key, value in props.items():
        person.props.setdefault(key, value)
    rel_props = {"role": _role(row.get("role", "")), "status": "confirmed" if answer == "yes" else "tentative"}
    batch.relations.append(Relation("ATTENDED", person_id, event_id, props=rel_props, provenance=[provenance]))
    if organisation:
        body = _affiliation(organisation, known)
        body = batch.add(body, rule="city-body" if body.kind == "City" else None)
        for code in [body.props["country"]] if body.kind == "City" else []:
            batch.add(Entity("Country", f"country:{code}", country_name(code), aliases=country_aliases(code)))
            batch.relations.append(Relation("IN_COUNTRY", body.id, f"country:{code}"))
        batch.relations.append(Relation("AFFILIATED_WITH", person_id, body.id, provenance=[provenance]))
    return None


def _affiliation(name: str, known: dict[str, dict[str, str]]) -> Entity:
    """The body a person works for: a city named as its government ("Gemeente Den Haag",
    "City of Copenhagen") is that city; else an organisation."""
    found = resolve_city_body(name)
    if found is not None:
        return city_entity(found[1], name, {})
    return Entity("Organisation", _organisation_id(name, known), name)


def _organisation_id(name: str, known: dict[str, dict[str, str]]) -> str:
    """The graph's organisation of that name, else a well-known body ("CGLU" is org:uclg)."""
    found = known["Organisation"].get(fold(name))
    if found:
        return found
    match = lookup_known(name)
    if match is not None and match.kind == "Organisation":
        return match.id
    return f"org:{slug(name)}"


def _role(text: str) -> str:
    return words().roles.get(fold(text), "participant")


def _answer(row: dict[str, str]) -> tuple[str | None, str]:
    """yes, no or tentative, and what the row said (``Attended = 'Peut-être'``).

    The Attended column decides; without one (or when it is empty), the Status column. A
    registration that says neither is tentative; a status that is not an answer
    ("Registered") confirms it.
    """
    for column in ("attended", "status"):
        text = row.get(column, "")
        if text:
            answer = words().answers.get(fold(text))
            said = f"{column.capitalize()} = '{text}'"
            if column == "status" and answer is None:
                return "yes", said
            return answer, said
    return "tentative", ""


def _event(event: str, known: dict[str, dict[str, str]]) -> Entity:
    text = clean(event)
    if text.startswith("event:"):
        return Entity("Event", text, text.split(":", 1)[1].replace("-", " "))
    event_id = known["Event"].get(fold(text)) or f"event:{slug(text)}"
    return Entity("Event", event_id, text)


def _known_ids(store: Store) -> dict[str, dict[str, str]]:
    """Folded name or alias -> id of the people, organisations and events in the graph."""
    known: dict[str, dict[str, str]] = {}
    for kind in ("Person", "Organisation", "Event"):
        rows = store.read(f"MATCH (n:`{kind}`) RETURN n.id AS id, n.keys AS keys")
        known[kind] = {key: row["id"] for row in rows for key in (row["keys"] or [])}
    return known


def _salt(store: Store) -> str:
    salt = store.settings.salt
    if salt:
        return salt
    if store.data_folder is None:
        raise LoadError("set MUNIGRAPH_SALT to load attendance lists into a server database (e-mails are hashed)")
    path = store.data_folder / "salt"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


# -- reading -----------------------------------------------------------------------------


def _read_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        sample = handle.readline()
    return next(csv.reader([sample], delimiter=_delimiter(sample)), [])


def _delimiter(line: str) -> str:
    return max(",;\t", key=line.count)


def _header_fields(header: list[str]) -> dict[int, str]:
    """Column index -> field, for the columns recognised."""
    lookup = words().columns
    found: dict[int, str] = {}
    for index, title in enumerate(header):
        field = lookup.get(fold(title))
        if field and field not in found.values():
            found[index] = field
    return found


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str] | str]]:
    """(line, row) for every non-empty line; a row with fewer cells than the header is the reason it is rejected."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            first = handle.readline()
            delimiter = _delimiter(first)
            header = next(csv.reader([first], delimiter=delimiter), [])
            fields = _header_fields(header)
            width = len(header)
            while width and not header[width - 1].strip():  # trailing untitled columns may be left out
                width -= 1
            reader = csv.reader(handle, delimiter=delimiter)
            for cells in reader:
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) < width:
                    yield reader.line_num + 1, f"{len(cells)} cells where the header has {width} columns"
                    continue
                yield reader.line_num + 1, {field: cells[i].strip() for i, field in fields.items() if i < len(cells)}
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: not UTF-8 text ({exc.reason}); save the export as UTF-8 CSV") from exc
