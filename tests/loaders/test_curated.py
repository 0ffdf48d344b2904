"""Curated YAML and the bundled demo dataset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from munigraph.graph.errors import LoadError
from munigraph.graph.store import Store
from munigraph.loaders.curated import load_curated
from munigraph.loaders.run import load_paths

from tests.conftest import SHARED

DEMO = Path(__file__).resolve().parents[2] / "loaders" / "demo"


def test_the_demo_loads_into_a_meaningful_graph(store: Store) -> None:
    reports, errors = load_paths(store, [DEMO])
    assert errors == []
    # curated facts load first: documents and tables then join their nodes
    assert [Path(r.source).name for r in reports] == ["uclg.yaml", "wikipedia-2026-sample.csv"]
    counts = store.counts()
    assert counts["nodes"]["Document"] == 5 and counts["nodes"]["Person"] == 16
    co_chairs = store.read(
        "MATCH (p:Person)-[:CO_CHAIRS]->(c:Council {id: 'council:opportunities-for-all'}) RETURN p.name AS n ORDER BY n"
    )
    assert [r["n"] for r in co_chairs] == ["Jan van Zanen", "Li Mingyuan", "Souad Ben Abderrahime"]
    # "La Haye" in the curated file is the gazetteer's The Hague, and Xi'an has its twins
    mayor = store.read(
        "MATCH (:Person {id: 'person:jan-van-zanen'})-[h:HOLDS_OFFICE {role: 'mayor'}]->(c:City) "
        "RETURN c.id AS id, c.aliases AS aliases"
    )
    assert mayor == [{"id": "city:geonames:2747373", "aliases": ["The Hague", "La Haye"]}]
    xian = store.read("MATCH (:City {id: 'city:geonames:1790630'})-[:TWINNED_WITH]-(t:City) RETURN count(t) AS n")
    assert xian == [{"n": 8}]
    tentative = store.read(
        "MATCH (p:Person)-[a:ATTENDED {status: 'tentative'}]->(e:Event) RETURN p.name AS n, e.id AS e ORDER BY n"
    )
    assert tentative == [
        {"n": "Bahram Ghazi", "e": "event:hr-cities-session-2022-02-23"},
        {"n": "Pol Morillas", "e": "event:peace-talks-2022-04-01"},
    ]
    provenance = store.read(
        "MATCH (:Person {id: 'person:vasu-gounden'})-[a:ATTENDED]->() RETURN a.provenance AS p, a.role AS role"
    )
    assert provenance[0]["role"] == "facilitator"
    record = json.loads(provenance[0]["p"][0])
    assert {k: record[k] for k in ("document", "quote")} == {
        "document": "doc:0225e7e3ba8af0d1",
        "quote": "Facilitation et observations introductives par **Vasu Gounden**",
    }
    if "start" in record:  # the corpus sits beside the checkout: the quote's span in the document's text
        assert record["end"] - record["start"] == len(record["quote"])


def test_demo_quotes_are_exact_substrings_of_the_documents() -> None:
    demo = yaml.safe_load((DEMO / "uclg.yaml").read_text(encoding="utf-8"))
    texts = {}
    for document in demo["documents"]:
        path = SHARED / document["path"]
        if not path.exists():
            pytest.skip(f"{path} is not here (the shared folder sits beside the clone)")
        texts[document["id"]] = path.read_text(encoding="utf-8")
    quotes = [
        (source["document"], source["quote"])
        for section in ("entities", "relationships")
        for entry in demo[section]
        for source in entry.get("sources") or []
        if "document" in source
    ]
    assert len(quotes) > 80
    assert [q for doc, q in quotes if q not in texts[doc]] == []


def test_loading_twice_changes_nothing(store: Store) -> None:
    load_curated(store, DEMO / "uclg.yaml")
    before = store.counts()
    again = load_curated(store, DEMO / "uclg.yaml")
    assert store.counts() == before and again.entities_created == 0 and again.relationships_created == 0


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_since_until_names_and_notes(tmp_path: Path, store: Store) -> None:
    path = _write(
        tmp_path,
        """
source: staff
entities:
  - {kind: Person, name: Ana Pérez}
  - {kind: Organisation, name: Red de Ciudades, props: {kind: network}}
  - {kind: City, name: Den Haag, country: NL}
  - {kind: City, name: Qqqzzyville, country: FR}
relationships:
  - {from: Ana Pérez, type: HOLDS_OFFICE, to: Red de Ciudades, role: president, since: 2020-01-15, until: 2023-06-30,
     sources: [{note: board minutes}]}
  - {from: Den Haag, type: MEMBER_OF, to: 'org:red-de-ciudades'}
""",
    )
    report = load_curated(store, path)
    assert report.unresolved == ["Qqqzzyville (FR)"]
    office = store.read(
        "MATCH (p:Person {id: 'person:ana-perez'})-[h:HOLDS_OFFICE]->(o:Organisation {id: 'org:red-de-ciudades'}) "
        "RETURN h.since AS since, h.until AS until, h.provenance AS p, o.kind AS kind"
    )
    assert office[0]["since"] == "2020-01-15" and office[0]["until"] == "2023-06-30"
    assert json.loads(office[0]["p"][0]) == {"dataset": "staff", "row": "board minutes"}
    assert office[0]["kind"] == "network"
    member = store.read("MATCH (c:City)-[m:MEMBER_OF]->(o) RETURN c.id AS c, m.provenance AS p")
    assert member[0]["c"] == "city:geonames:2747373"
    assert json.loads(member[0]["p"][0]) == {"dataset": "staff", "row": 2}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("entities:\n  - {kind: Town, name: X}\n", r"entities\[0\]: kind 'Town' is not one of City"),
        (
            "entities:\n  - {kind: Person, name: X, colour: red}\n",
            r"entities\[0\]: 'colour' is not a property of Person",
        ),
        (
            "entities:\n  - {kind: Person, name: X}\nrelationships:\n  - {from: X, type: LIKES, to: X}\n",
            r"relationships\[0\]: type 'LIKES' is not one of",
        ),
        (
            "relationships:\n  - {from: Nobody, type: CO_CHAIRS, to: 'council:x'}\n",
            r"relationships\[0\].from: 'Nobody' is neither an id nor the name of an entity in this file",
        ),
        (
            "entities:\n  - {kind: Person, name: X, sources: [{document: 'doc:zz', quote: q}]}\n",
            r"entities\[0\].sources\[0\]: document 'doc:zz' is not declared under documents",
        ),
        ("entities: [\n", r"facts.yaml:\d+: not valid YAML"),
    ],
)
def test_mistakes_name_the_entry_and_nothing_is_written(tmp_path: Path, store: Store, text: str, message: str) -> None:
    with pytest.raises(LoadError, match=message):
        load_curated(store, _write(tmp_path, text))
    assert sum(store.counts()["nodes"].values()) == 0


def test_demo_relationships_all_have_provenance(store) -> None:
    from munigraph.loaders import DEMO_DIR
    from munigraph.loaders.run import load_paths

    load_paths(store, [str(DEMO_DIR)])
    bare = store.read(
        "MATCH ()-[r]->() WHERE size(coalesce(r.provenance, [])) = 0 RETURN type(r) AS type, count(*) AS n"
    )
    assert bare == []
    assert store.read("MATCH ()-[r:IN_COUNTRY]->() RETURN count(r) AS n")[0]["n"] > 0


def test_a_cited_document_found_beside_the_file_carries_its_text_and_quote_spans(tmp_path: Path, store: Store) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "agenda.txt").write_text(
        "Agenda.\nThe mayor of Lyon will open the meeting.\n", encoding="utf-8"
    )
    curated = tmp_path / "data" / "facts.yaml"
    curated.parent.mkdir()
    curated.write_text(
        """
documents:
  - {id: 'doc:agenda', title: Agenda, path: notes/agenda.txt, language: en}
  - {id: 'doc:elsewhere', title: Lost, path: notes/missing.txt}
entities:
  - {kind: City, id: 'city:lyon', name: Lyon, sources: [{document: 'doc:agenda', quote: "mayor of Lyon"}]}
  - {kind: City, id: 'city:paris', name: Paris, sources: [{document: 'doc:elsewhere', quote: "Paris"}]}
relationships:
  - {type: TWINNED_WITH, from: Lyon, to: Paris, sources: [{document: 'doc:agenda', quote: "mayor of Lyon"}]}
""",
        encoding="utf-8",
    )
    load_curated(store, curated)
    docs = {r["id"]: r["text"] for r in store.read("MATCH (d:Document) RETURN d.id AS id, d.text AS text")}
    assert docs == {"doc:agenda": "Agenda.\nThe mayor of Lyon will open the meeting.\n", "doc:elsewhere": None}
    [row] = store.read("MATCH (:City {id: 'city:lyon'})-[r:TWINNED_WITH]-() RETURN r.provenance AS p")
    record = json.loads(row["p"][0])
    assert (record["start"], record["end"]) == (12, 25) and docs["doc:agenda"][12:25] == "mayor of Lyon"
