"""Attendance exports: people, organisations, ATTENDED; e-mails never reach the graph."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from munigraph.graph.errors import LoadError
from munigraph.graph.store import Store
from munigraph.loaders.tabular import load_table

EXPORT = (
    "First Name,Last Name,Email,Organization,Job Title,Attended,Role\n"
    "Jan,van Zanen,Jan.vanZanen@example.org,CGLU,Mayor of The Hague,Yes,Host\n"
    "Emilia,Saiz,emilia@example.org,United Cities and Local Governments,Secretary General,Yes,\n"
    "Marta,Ruiz,marta@example.org,Ayuntamiento de Madrid,Advisor,No,\n"
    ",,nobody@example.org,Somewhere,,Yes,\n"
    "Karim,Haddad,karim@example.org,,,n/a,\n"
)


def _export(tmp_path: Path, text: str = EXPORT, name: str = "registrations.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_attendance_list_loads_people_organisations_and_attendance(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "settings", store.settings.replace(salt="pepper"))
    path = _export(tmp_path)
    report = load_table(store, path, event="UCLG Executive Bureau 2022", rejects=tmp_path / "rejects.txt")
    assert report.rows_read == 5
    assert report.rejected == [
        f"{path}:4: did not attend (Attended = 'No')",
        f"{path}:5: no name (First Name / Last Name or Name is empty)",
        f"{path}:6: Attended = 'n/a' is neither yes, no nor tentative",
    ]
    rows = store.read(
        "MATCH (p:Person)-[a:ATTENDED]->(e:Event) OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(o:Organisation) "
        "RETURN p.id AS person, p.title AS title, a.role AS role, a.status AS status, e.id AS event, "
        "collect(o.id) AS orgs ORDER BY person"
    )
    assert rows == [
        {
            "person": "person:emilia-saiz",
            "title": "Secretary General",
            "role": "participant",
            "status": "confirmed",
            "event": "event:uclg-executive-bureau-2022",
            "orgs": ["org:uclg"],
        },
        {
            "person": "person:jan-van-zanen",
            "title": "Mayor of The Hague",
            "role": "host",
            "status": "confirmed",
            "event": "event:uclg-executive-bureau-2022",
            "orgs": ["org:uclg"],
        },
    ]
    expected = hashlib.sha256(b"pepper:jan.vanzanen@example.org").hexdigest()
    assert store.read("MATCH (p:Person {id: 'person:jan-van-zanen'}) RETURN p.email_hash AS h") == [{"h": expected}]


def test_email_addresses_are_nowhere_in_the_graph_or_the_rejects(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "settings", store.settings.replace(salt="pepper"))
    rejects = tmp_path / "rejects.txt"
    load_table(store, _export(tmp_path), event="Bureau", rejects=rejects)
    nodes = store.read("MATCH (n) RETURN properties(n) AS p")
    links = store.read("MATCH ()-[r]->() RETURN properties(r) AS p")
    dump = json.dumps([r["p"] for r in nodes + links], ensure_ascii=False).lower()
    assert "example.org" not in dump and "@" not in dump
    assert "example.org" not in rejects.read_text(encoding="utf-8")


def test_salt_is_kept_in_the_database_folder(tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "settings", store.settings.replace(salt=None))
    if store.data_folder is None:
        pytest.skip("a server database needs MUNIGRAPH_SALT")
    load_table(store, _export(tmp_path), event="Bureau", rejects=tmp_path / "r.txt")
    salt = (store.data_folder / "salt").read_text(encoding="utf-8").strip()
    expected = hashlib.sha256(f"{salt}:emilia@example.org".encode()).hexdigest()
    assert store.read("MATCH (p:Person {id: 'person:emilia-saiz'}) RETURN p.email_hash AS h") == [{"h": expected}]


def test_french_semicolon_export_and_tentative_status(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "settings", store.settings.replace(salt="pepper"))
    path = _export(
        tmp_path,
        "Prénom;Nom;Courriel;Organisation;Fonction;Statut;Rôle\n"
        "Elsa;Touré;elsa@example.org;Ville de Grigny;Adjointe;à confirmer;intervenante\n",
        name="inscriptions.csv",
    )
    load_table(store, path, event="Session droits humains", rejects=tmp_path / "r.txt")
    rows = store.read("MATCH (p:Person)-[a:ATTENDED]->(e:Event) RETURN p.name AS n, a.role AS r, a.status AS s")
    assert rows == [{"n": "Elsa Touré", "r": "speaker", "s": "tentative"}]


def test_an_attendance_list_needs_an_event(tmp_path: Path, store: Store) -> None:
    with pytest.raises(LoadError, match=r"registrations.csv: an attendance list needs the event it is for"):
        load_table(store, _export(tmp_path))
    assert store.counts()["nodes"]["Person"] == 0


def test_mapping_attendance_forces_an_attendance_list(tmp_path: Path, store: Store) -> None:
    path = _export(tmp_path, "Full Name,Country\nAna Pérez,Spain\n", name="names.csv")
    with pytest.raises(LoadError, match="no mapping matches"):
        load_table(store, path, event="Bureau")
    load_table(store, path, mapping="attendance", event="Bureau", rejects=tmp_path / "r.txt")
    rows = store.read("MATCH (p:Person)-[a:ATTENDED]->(e:Event) RETURN p.id AS p, a.status AS s, e.name AS e")
    assert rows == [{"p": "person:ana-perez", "s": "tentative", "e": "Bureau"}]


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Tentative", "tentative"),
        ("Peut-être", "tentative"),
        ("Quizás", "tentative"),
        ("à confirmer", "tentative"),
        ("por confirmar", "tentative"),
        ("TBC", "tentative"),
        ("Oui", "confirmed"),
        ("Sí", "confirmed"),
        ("présente", "confirmed"),
    ],
)
def test_attended_answers_in_english_french_and_spanish(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch, answer: str, status: str
) -> None:
    monkeypatch.setenv("MUNIGRAPH_SALT", "pepper")
    path = _export(tmp_path, f"Name,Organization,Attended\nAna Pérez,Ville de Grigny,{answer}\n")
    report = load_table(store, path, event="Bureau", rejects=tmp_path / "r.txt")
    assert report.rejected == []
    rows = store.read("MATCH (p:Person)-[a:ATTENDED]->(:Event) RETURN p.name AS n, a.status AS s")
    assert rows == [{"n": "Ana Pérez", "s": status}]


@pytest.mark.parametrize("answer", ["Non", "No", "ausente", "n'a pas participé", "No asistió"])
def test_no_in_any_language_is_not_an_attendance(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    monkeypatch.setenv("MUNIGRAPH_SALT", "pepper")
    path = _export(tmp_path, f"Name,Organization,Attended\nAna Pérez,Ville de Grigny,{answer}\n")
    report = load_table(store, path, event="Bureau", rejects=tmp_path / "r.txt")
    assert report.rejected == [f"{path}:2: did not attend (Attended = '{answer}')"]
    assert store.read("MATCH (p:Person) RETURN count(p) AS n") == [{"n": 0}]


def test_rows_without_a_name_or_with_a_bad_one_go_to_the_rejects_file(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MUNIGRAPH_SALT", "pepper")
    rejects = tmp_path / "rejects.txt"
    path = _export(
        tmp_path,
        "First Name,Last Name,Email,Organization,Attended\n"
        "Jane Doe\n"  # one cell: not a person called "Jane Doe" with no columns
        "=+-,@,x@example.org,UCLG,Yes\n"
        f"{'A' * 300},B,b@example.org,UCLG,Yes\n"
        "Ana,Pérez,ana@example.org,--,Yes\n"
        "Emilia,Saiz,emilia@example.org,UCLG,Yes\n",
    )
    report = load_table(store, path, event="Bureau", rejects=rejects)
    assert report.rejected == [
        f"{path}:2: 1 cells where the header has 5 columns",
        f"{path}:3: person: '=+- @' has no letter or digit",
        f"{path}:4: person: a name of 302 characters (at most 200)",
        f"{path}:5: organisation: '--' has no letter or digit",
    ]
    assert rejects.read_text(encoding="utf-8").splitlines() == report.rejected
    rows = store.read("MATCH (p:Person) RETURN p.name AS n")
    assert rows == [{"n": "Emilia Saiz"}]
    assert store.read("MATCH (o:Organisation) RETURN o.id AS id") == [{"id": "org:uclg"}]


def test_every_answer_word_means_one_thing_and_every_role_is_the_models() -> None:
    from munigraph.graph.schema import load_model
    from munigraph.loaders.attendance import ANSWERS, words

    assert set(words().answers.values()) == set(ANSWERS)
    assert set(words().roles.values()) == set(load_model().rel_properties("ATTENDED")["role"].values)
    assert {"peut etre", "quizas", "tentative", "a confirmer", "por confirmar"} <= {
        w for w, a in words().answers.items() if a == "tentative"
    }


def test_a_city_named_as_its_government_is_the_city(tmp_path: Path, store: Store) -> None:
    export = (
        "First Name,Last Name,Organization,Attended\n"
        "Anna,de Vries,Gemeente Den Haag,Yes\n"
        "Lars,Holm,City of Copenhagen,Yes\n"
        "Lucía,Gómez,Ayuntamiento de Madrid,Yes\n"
        "Paul,Martin,Mairie de Lyon,Yes\n"
        "Sara,Okafor,Cités Unies France,Yes\n"
    )
    load_table(store, _export(tmp_path, export), event="Peace Talks")
    rows = store.read(
        "MATCH (p:Person)-[:AFFILIATED_WITH]->(b) RETURN p.name AS person, labels(b)[0] AS kind, b.name AS body, "
        "b.country AS country ORDER BY person"
    )
    assert [(r["person"], r["kind"], r["body"], r["country"]) for r in rows] == [
        ("Anna de Vries", "City", "The Hague", "NL"),
        ("Lars Holm", "City", "Copenhagen", "DK"),
        ("Lucía Gómez", "City", "Madrid", "ES"),
        ("Paul Martin", "City", "Lyon", "FR"),
        ("Sara Okafor", "Organisation", "Cités Unies France", None),
    ]
    merges = store.read("MATCH (c:City {name: 'The Hague'}) RETURN c.merges AS merges")[0]["merges"]
    assert any('"form": "Gemeente Den Haag"' in m and '"rule": "city-body"' in m for m in merges)
