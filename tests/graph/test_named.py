"""The named-query registry: headers, listing, validation, paging, on the real store."""

from __future__ import annotations

from pathlib import Path

import pytest
from munigraph.graph import named
from munigraph.graph.errors import QueryError
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.named import Param
from munigraph.graph.store import Store

ISSUE_QUERIES = {
    "staff": ["attendees", "co-attendance", "co-chairs", "events-of", "offices-of"],
    "diplomats": ["introductions", "sister-cities", "suggest-partners", "twinning-path"],
    "analysts": ["city-profile", "communities", "hubs", "members", "partners", "timeline"],
}


@pytest.fixture
def twins(store: Store) -> Store:
    batch = Batch("named-test")
    for i in range(1, 6):
        batch.add(Entity("City", f"city:c{i}", f"Cité {i}", [], {"country": "FR"}))
    batch.relations = [
        Relation("TWINNED_WITH", "city:c1", f"city:c{i}", {"kind": "twinning"}, [Provenance(dataset="d", row=i)])
        for i in range(2, 6)
    ]
    store.write(batch)
    return store


def test_every_query_of_the_issue_is_listed_with_its_audience() -> None:
    listed = named.list_queries()
    by_audience = {a: [q.name for q in listed if q.audience == a] for a in named.AUDIENCES}
    assert by_audience == ISSUE_QUERIES
    assert {q.backend for q in listed if q.name in ("hubs", "communities", "introductions", "suggest-partners")} == {
        "python"
    }


def test_every_header_has_a_title_description_and_an_example_that_names_it() -> None:
    for query in named.list_queries():
        assert query.title and len(query.description) > 40
        assert query.example.startswith(f"munigraph query {query.name}")
        assert set(query.example_params()) <= {p.name for p in query.all_params()}


def test_a_header_is_parsed_into_typed_parameters() -> None:
    query = named.get("twinning-path")
    assert query.title == "Shortest twinning chains between two cities"
    assert query.audience == "diplomats"
    assert query.params == (
        Param("from", "entity", ("City",), True, None, "the first city"),
        Param("to", "entity", ("City",), True, None, "the last city"),
        Param("max_hops", "int", (), False, 6, "the longest chain considered"),
        Param("all", "bool", (), False, True, "every shortest chain (false: one of them)"),
        Param("as_of", "date", (), False, None, "only links in force on that date"),
    )
    assert query.example_params() == {"from": "Utrecht", "to": "Daejeon"}
    assert (
        query.signature()
        == "from: entity(City) (required), to: entity(City) (required), max_hops: int = 6, all: bool = true, as_of: date"
    )
    assert named.get("attendees").signature() == (
        "event: entity(Event) (required), include_sessions: bool = true, as_of: date"
    )


def test_a_bad_header_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.cypher"
    path.write_text("// title: T\n// audience: staff\n// wat: x\nRETURN 1\n")
    with pytest.raises(QueryError, match=r"^bad.cypher:3: unknown header line"):
        named.parse_header(path)
    path.write_text(
        "// title: T\n// description: D\n// audience: staff\n// param: n number = 3\n// example: x\nRETURN 1"
    )
    with pytest.raises(QueryError, match=r"^bad.cypher: bad parameter line 'param: n number = 3'"):
        named.parse_header(path)
    path.write_text("// title: T\n// description: D\n// audience: mayors\n// example: x\nRETURN 1")
    with pytest.raises(QueryError, match=r"^bad.cypher: audience 'mayors' is not one of staff, diplomats, analysts$"):
        named.parse_header(path)


def test_a_python_query_has_the_same_header(tmp_path: Path) -> None:
    path = tmp_path / "q.py"
    path.write_text(
        "# title: Q\n# audience: analysts\n# description: What it does,\n#   on two lines.\n"
        "# param: kind entity(City, Person) = city:x — a thing\n# param: flag bool = false\n"
        "# example: munigraph query q -p flag=true\n\ndef run(store, params):\n    return []\n"
    )
    query = named.parse_header(path)
    assert (query.backend, query.description) == ("python", "What it does, on two lines.")
    assert query.params == (
        Param("kind", "entity", ("City", "Person"), False, "city:x", "a thing"),
        Param("flag", "bool", (), False, False, ""),
    )


def test_unknown_query_lists_the_known_ones(twins: Store) -> None:
    with pytest.raises(QueryError) as caught:
        named.run(twins, "twins", {})
    assert str(caught.value).startswith("unknown query 'twins' (known: attendees, city-profile, co-attendance,")


def test_unknown_missing_and_mistyped_parameters_are_one_line_errors(twins: Store) -> None:
    with pytest.raises(QueryError) as caught:
        named.run(twins, "sister-cities", {"town": "Cité 1"})
    assert str(caught.value) == "sister-cities: unknown parameter town (valid: city, kind, as_of, limit, offset)"
    with pytest.raises(QueryError) as caught:
        named.run(twins, "twinning-path", {"from": "Cité 1"})
    assert str(caught.value) == (
        "twinning-path: missing required parameter to "
        "(from: entity(City) (required), to: entity(City) (required), max_hops: int = 6, all: bool = true, as_of: date)"
    )
    with pytest.raises(QueryError, match=r"^twinning-path: max_hops must be a whole number, got 'six'$"):
        named.run(twins, "twinning-path", {"from": "Cité 1", "to": "Cité 2", "max_hops": "six"})
    with pytest.raises(QueryError, match=r"^sister-cities: as_of must be a date YYYY-MM-DD, got '2020-13-01'$"):
        named.run(twins, "sister-cities", {"city": "Cité 1", "as_of": "2020-13-01"})
    with pytest.raises(QueryError, match=r"^attendees: include_sessions must be true or false, got 'maybe'$"):
        named.run(twins, "attendees", {"event": "x", "include_sessions": "maybe"})
    with pytest.raises(QueryError, match=r"^sister-cities: limit must be at least 1$"):
        named.run(twins, "sister-cities", {"city": "Cité 1"}, limit=0)


def test_an_entity_that_is_not_found_names_the_parameter(twins: Store) -> None:
    with pytest.raises(QueryError, match=r"^sister-cities: city: no City is called 'Atlantis'"):
        named.run(twins, "sister-cities", {"city": "Atlantis"})


def test_strings_from_the_command_line_are_converted(twins: Store) -> None:
    query = named.get("twinning-path")
    values = named.validate(twins, query, {"from": "cite 1", "to": "CITÉ 2", "max_hops": "3", "as_of": "2001"})
    assert values == {
        "from": "city:c1",
        "to": "city:c2",
        "max_hops": 3,
        "all": True,
        "as_of": "2001-01-01",
        "limit": 100,
        "offset": 0,
    }


def test_rows_are_paged(twins: Store) -> None:
    names = [r["name"] for r in named.run(twins, "sister-cities", {"city": "city:c1"})]
    assert names == ["Cité 2", "Cité 3", "Cité 4", "Cité 5"]
    page = named.run_page(twins, "sister-cities", {"city": "city:c1"}, limit=2, offset=1)
    assert ([r["name"] for r in page.rows], page.more) == (["Cité 3", "Cité 4"], True)
    page = named.run_page(twins, "sister-cities", {"city": "city:c1", "limit": "2", "offset": "2"})
    assert ([r["name"] for r in page.rows], page.more) == (["Cité 4", "Cité 5"], False)


def test_python_queries_page_too(twins: Store) -> None:
    page = named.run_page(twins, "hubs", {"ties": "TWINNED_WITH"}, limit=2)
    assert [(r["rank"], r["id"], r["score"]) for r in page.rows] == [(1, "city:c1", 4), (2, "city:c2", 1)]
    assert page.more


def test_provenance_comes_back_as_records(twins: Store) -> None:
    rows = named.run(twins, "sister-cities", {"city": "Cité 2"})
    assert rows == [
        {
            "id": "city:c1",
            "name": "Cité 1",
            "country": "FR",
            "kind": "twinning",
            "since": None,
            "until": None,
            "stated_by": None,
            "sources": ["d"],
        }
    ]
    assert named.jsonable({"provenance": ['{"dataset": "d", "row": 2}']}) == {
        "provenance": [{"dataset": "d", "row": 2}]
    }


def test_the_catalogue_in_docs_is_in_step_with_the_headers() -> None:
    written = (Path(__file__).resolve().parents[2] / "docs" / "queries.md").read_text(encoding="utf-8")
    assert written == named.markdown(), "run: python -m munigraph.graph.named > docs/queries.md"
