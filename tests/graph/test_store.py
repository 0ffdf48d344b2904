"""The store's contract: runs on embedded ArcadeDB always, and on Neo4j when NEO4J_URI is set."""

from __future__ import annotations

import json
import threading

import neo4j
import pytest
from munigraph.graph import cypher
from munigraph.graph.errors import QueryError, SchemaError
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.store import Store
from neo4j.exceptions import Forbidden


def twin_batch(source: str = "twins.csv") -> Batch:
    return Batch(
        source,
        [
            Entity("City", "city:geonames:2747373", "The Hague", ["La Haye", "Den Haag"], {"country": "NL"}),
            Entity("City", "city:geonames:2761369", "Vienna", ["Vienne"], {"country": "AT", "population": 1691468}),
        ],
        [
            Relation(
                "TWINNED_WITH",
                "city:geonames:2761369",
                "city:geonames:2747373",
                {"kind": "twinning"},
                [Provenance(dataset=source, row=2)],
            )
        ],
    )


def graph_state(store: Store) -> tuple:
    nodes = store.read("MATCH (n:City) RETURN n.id AS id, n.aliases AS aliases, n.name AS name ORDER BY id")
    rels = store.read(
        "MATCH (a:City)-[t:TWINNED_WITH]->(b:City) RETURN a.id AS a, b.id AS b, t.provenance AS p, t.sources AS s"
    )
    return nodes, rels


def test_write_creates_nodes_and_one_symmetric_link(any_store: Store) -> None:
    report = any_store.write(twin_batch())
    assert (report.entities, report.created, report.relations, report.relations_created) == (2, 2, 1, 1)
    nodes, rels = graph_state(any_store)
    assert [n["id"] for n in nodes] == ["city:geonames:2747373", "city:geonames:2761369"]
    # stored once, in id order, whatever order the source gave
    assert [(r["a"], r["b"]) for r in rels] == [("city:geonames:2747373", "city:geonames:2761369")]
    assert [json.loads(p) for p in rels[0]["p"]] == [{"dataset": "twins.csv", "row": 2}]


def test_every_session_shares_the_stores_bookmarks(any_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a cluster a read must wait for the store's last write: one bookmark manager for all sessions."""
    managers = []
    real_session = neo4j.Driver.session

    def session(self: neo4j.Driver, **config: object) -> neo4j.Session:
        managers.append(config.get("bookmark_manager"))
        return real_session(self, **config)

    monkeypatch.setattr(neo4j.Driver, "session", session)
    any_store.write(twin_batch())
    assert any_store.read("MATCH (n:City) RETURN count(n) AS n") == [{"n": 2}]
    any_store.console("MATCH (n:City) RETURN n.name AS name")
    assert len(managers) >= 3 and all(m is any_store._bookmarks for m in managers)
    assert any_store._bookmarks.get_bookmarks()  # the write's bookmark, sent with the reads after it


def test_reset_through_cypher_deletes_in_batches(any_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from munigraph.graph import embedded

    monkeypatch.setattr(embedded, "truncate", lambda folder: False)  # as on Neo4j: no TRUNCATE to use
    any_store.write(twin_batch())
    any_store.reset()
    assert any_store.counts()["nodes"]["City"] == 0 and any_store.counts()["relationships"]["TWINNED_WITH"] == 0


def test_loading_twice_changes_nothing(any_store: Store) -> None:
    any_store.write(twin_batch())
    before = graph_state(any_store)
    report = any_store.write(twin_batch())
    assert (report.created, report.merged, report.relations_created) == (0, 2, 0)
    assert graph_state(any_store) == before


def test_a_type_the_graph_has_none_of_is_created_unlooked_for(
    any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load's relationships of a type the graph holds none of (its exact counts say so) are created
    without looking for them; once the type has some, a load looks them up and merges."""
    looked: list[str] = []
    original = cypher.existing_relationships
    monkeypatch.setattr(
        cypher, "existing_relationships", lambda model, *kinds: looked.append(kinds[0]) or original(model, *kinds)
    )
    assert any_store.write(twin_batch()).relations_created == 1
    assert looked == []
    before = graph_state(any_store)
    assert any_store.write(twin_batch()).relations_created == 0
    assert looked == ["TWINNED_WITH"]
    assert graph_state(any_store) == before


def test_a_relationship_written_outside_a_load_is_merged_not_doubled(any_store: Store) -> None:
    """A relationship written by another statement leaves the counts stale: the next load looks it up."""
    batch = twin_batch()
    any_store.write(Batch("cities.csv", batch.entities))
    any_store.run_write(
        "MATCH (a:City {id: $a}), (b:City {id: $b}) "
        "CREATE (a)-[:TWINNED_WITH {kind: 'twinning', sources: ['by hand'], provenance: []}]->(b)",
        a="city:geonames:2747373",
        b="city:geonames:2761369",
    )
    assert any_store.write(batch).relations_created == 0
    rels = graph_state(any_store)[1]
    assert len(rels) == 1 and sorted(rels[0]["s"]) == ["by hand", "twins.csv"]


def test_repeated_fact_gains_provenance_and_aliases(any_store: Store) -> None:
    any_store.write(twin_batch("a.csv"))
    second = twin_batch("b.csv")
    second.entities[0] = Entity("City", "city:geonames:2747373", "Den Haag", ["'s-Gravenhage"], {"country": "NL"})
    any_store.write(second)
    nodes, rels = graph_state(any_store)
    hague = nodes[0]
    assert hague["name"] == "The Hague"  # the first name stays
    assert hague["aliases"] == ["The Hague", "La Haye", "Den Haag", "'s-Gravenhage"]
    assert sorted(rels[0]["s"]) == ["a.csv", "b.csv"]
    assert len(rels[0]["p"]) == 2


def test_new_and_existing_relationships_read_alike(any_store: Store) -> None:
    """Relationships created in a load (ArcadeDB: created outright) and merged in a later one: a scalar
    left out stays absent, a list left out is empty, and a key keeps two offices of one person apart."""
    people = [Entity("Person", "person:ada", "Ada Moreau"), Entity("Council", "council:peace", "Peace Council")]
    cities = [Entity("City", f"city:{name}", name.title()) for name in ("arles", "ghent", "tartu")]

    def load(source: str) -> None:
        office = {"role": "chair", "since": "2019"}
        rels = [
            Relation("TWINNED_WITH", "city:arles", "city:ghent", {"kind": "twinning", "since": "1990"}, [Provenance(dataset=source, row=1)]),
            Relation("TWINNED_WITH", "city:tartu", "city:ghent", {"kind": None, "stated_from": ["a page"]}, [Provenance(dataset=source, row=2)]),
            Relation("HOLDS_OFFICE", "person:ada", "council:peace", office, [Provenance(dataset=source, row=3)]),
            Relation("HOLDS_OFFICE", "person:ada", "council:peace", {"role": "member"}, [Provenance(dataset=source, row=4)]),
        ]  # fmt: skip
        any_store.write(Batch(source, [*people, *cities], rels))

    def state() -> list[dict]:
        rows = any_store.read(
            "MATCH (a)-[t]->(b) WHERE type(t) IN ['TWINNED_WITH', 'HOLDS_OFFICE'] "
            "RETURN a.id AS a, b.id AS b, properties(t) AS p ORDER BY a, b, t.role"
        )
        for row in rows:
            row["p"].pop("provenance")
        return rows

    load("one.csv")
    first = state()
    assert [(r["a"], r["b"], r["p"]) for r in first] == [
        ("city:arles", "city:ghent", {"kind": "twinning", "since": "1990", "sources": ["one.csv"], "stated_from": []}),
        ("city:ghent", "city:tartu", {"sources": ["one.csv"], "stated_from": ["a page"]}),
        ("person:ada", "council:peace", {"role": "chair", "since": "2019", "sources": ["one.csv"]}),
        ("person:ada", "council:peace", {"role": "member", "sources": ["one.csv"]}),
    ]
    load("one.csv")
    assert state() == first
    load("two.csv")
    assert [r["p"]["sources"] for r in state()] == [["one.csv", "two.csv"]] * 4


@pytest.mark.parametrize(
    ("batch", "message"),
    [
        (Batch("f.csv", [Entity("Town", "town:x", "X")]), "f.csv: unknown kind 'Town'"),
        (Batch("f.csv", [Entity("City", "", "X")]), "f.csv: City 'X' has no id"),
        (Batch("f.csv", [Entity("City", "person:x", "X")]), "f.csv: City.id 'person:x' must start with 'city:'"),
        (
            Batch("f.csv", [Entity("City", "city:x", "X", props={"population": "many"})]),
            "f.csv: City.population must be int",
        ),
        (Batch("f.csv", [Entity("City", "city:x", "X", props={"mayor": "Y"})]), "f.csv: City has no property 'mayor'"),
        (
            Batch(
                "f.csv",
                [Entity("City", "city:x", "X"), Entity("Person", "person:y", "Y")],
                [Relation("TWINNED_WITH", "city:x", "person:y")],
            ),
            "f.csv: TWINNED_WITH cannot go to Person 'person:y'",
        ),
        (Batch("f.csv", [], [Relation("LIKES", "city:x", "city:y")]), "f.csv: unknown relationship type 'LIKES'"),
        (
            Batch("f.csv", [Entity("City", "city:x", "X")], [Relation("TWINNED_WITH", "city:x", "city:x")]),
            "f.csv: TWINNED_WITH from 'city:x' to itself",
        ),
        (
            Batch("f.csv", [Entity("Event", "event:e", "E", props={"start": "1 avril"})]),
            "f.csv: Event.start must be date",
        ),
    ],
)
def test_schema_refusals_name_kind_field_and_source(any_store: Store, batch: Batch, message: str) -> None:
    with pytest.raises(SchemaError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        any_store.write(batch)
    assert any_store.counts()["nodes"]["City"] == 0


def test_failing_source_rolls_back_whole(any_store: Store) -> None:
    any_store.write(twin_batch())
    before = graph_state(any_store)
    failing = Batch(
        "broken.csv",
        [Entity("City", f"city:new-{i}", f"New {i}") for i in range(12000)],  # more than one chunk
        [Relation("TWINNED_WITH", "city:new-1", "city:nowhere")],
    )
    with pytest.raises(SchemaError, match="broken.csv: TWINNED_WITH refers to City 'city:nowhere'"):
        any_store.write(failing)
    assert graph_state(any_store) == before
    assert any_store.counts()["nodes"]["City"] == 2


WRITES = [
    "CREATE (n:City {id: 'x', name: 'x'})",
    "MERGE (n:City {id: 'x'})",
    "MATCH (n:City) SET n.name = 'x'",
    "MATCH (n:City) DELETE n",
    "MATCH (n:City) DETACH DELETE n",
    "MATCH (n:City) REMOVE n.name",
    "DROP INDEX foo",
    "CALL apoc.create.node(['City'], {id: 'x'})",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "MATCH (n:City) FOREACH (x IN [1] | SET n.y = x)",
]


@pytest.mark.parametrize("query", WRITES)
def test_console_refuses_each_write_form(any_store: Store, query: str) -> None:
    any_store.write(twin_batch())
    with pytest.raises(QueryError, match="the console is read-only"):
        any_store.console(query)
    assert graph_state(any_store)[0][0]["name"] == "The Hague"


def test_console_reads_properties_named_like_clauses(store: Store) -> None:
    """Events have start and end: a property, a map key or an alias named so is no write."""
    store.write(twin_batch())
    result = store.console(
        "MATCH (c:City {id: 'city:geonames:2747373'}) RETURN c.name AS start, {set: c.country} AS m, c.start AS s"
    )
    assert result.rows == [{"start": "The Hague", "m": {"set": "NL"}, "s": None}]


def test_console_user_cannot_write_even_past_the_keyword_check(store: Store) -> None:
    """The engine enforces read-only, not the regex: call the console driver directly."""
    store.write(twin_batch())
    assert store._console_driver is not None
    with store._console_driver.session(database=store.database) as session, pytest.raises(Forbidden):
        session.run("MATCH (n:City) SET n.name = 'hacked'").consume()
    assert graph_state(store)[0][0]["name"] == "The Hague"


def test_console_reads_with_row_limit(any_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    any_store.write(Batch("many", [Entity("City", f"city:c{i:04d}", f"C{i}") for i in range(1500)]))
    result = any_store.console("MATCH (c:City) RETURN c.id AS id ORDER BY id")
    assert result.columns == ["id"]
    assert len(result.rows) == 1000 and result.truncated
    assert result.rows[0] == {"id": "city:c0000"}
    small = any_store.console("MATCH (c:City {id: $id}) RETURN c.name AS name", {"id": "city:c0007"})
    assert (small.rows, small.truncated) == ([{"name": "C7"}], False)


def test_console_reports_syntax_errors_in_one_line(any_store: Store) -> None:
    with pytest.raises(QueryError, match="^query error: ") as info:
        any_store.console("MATCH (n RETURN n")
    assert "\n" not in str(info.value)


def test_concurrent_readers(any_store: Store) -> None:
    any_store.write(twin_batch())
    results: list[int] = []
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for _ in range(20):
                results.append(any_store.read("MATCH (c:City) RETURN count(c) AS n")[0]["n"])
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert results == [2] * 160
