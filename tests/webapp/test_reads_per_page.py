"""The entity and network pages read the graph in one query, and every request in one session.

The driver's session factory and its ``run`` methods are wrapped to count what each request
sends; counts, not timings, are asserted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import neo4j
import pytest
from flask.testing import FlaskClient
from munigraph.graph.store import Store


@pytest.fixture
def database_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter]:
    """Sessions opened and queries sent since the fixture started (``clear()`` to start again)."""
    calls: Counter = Counter()
    open_session = neo4j.Driver.session

    def session(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202 - the driver's signature
        calls["sessions"] += 1
        return open_session(self, *args, **kwargs)

    monkeypatch.setattr(neo4j.Driver, "session", session)
    for cls in (neo4j.Session, neo4j.ManagedTransaction, neo4j.Transaction):
        run = cls.run

        def counted(self, query, *args, _run=run, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            calls["queries"] += 1
            return _run(self, query, *args, **kwargs)

        monkeypatch.setattr(cls, "run", counted)
    yield calls


def calls_of(client: FlaskClient, calls: Counter, url: str) -> dict[str, int]:
    client.get(url)  # first request: caches that outlive a request (catalogues) are filled
    calls.clear()
    response = client.get(url)
    assert response.status_code == 200, url
    return {"sessions": calls["sessions"], "queries": calls["queries"]}


ONE_QUERY_PAGES = [
    "/entity/org:uclg",  # the hub: members, sections, councils, an event and a document
    "/entity/org:uclg?format=json&lang=fr",
    "/entity/city:den-haag?lang=es",  # cites a document it is not tied to
    "/entity/person:jan-van-zanen?as_of=2020-01-01",
    "/entity/doc:peace",
    "/entity/country:FR?lang=fr",  # no ties
    "/graph/org:uclg",
    "/graph/org:uclg?depth=2",
    "/graph/org:uclg?depth=2&format=json&lang=fr",
    "/graph/city:lyon?depth=3&skip=1&format=json",
    "/graph/event:peace-talks?depth=2&format=gexf",
    "/graph/country:FR?lang=es",
]


@pytest.mark.parametrize("url", ONE_QUERY_PAGES)
def test_entity_and_network_pages_make_one_query_in_one_session(
    client: FlaskClient, database_calls: Counter, url: str
) -> None:
    assert calls_of(client, database_calls, url) == {"sessions": 1, "queries": 1}


def test_a_document_cited_by_a_tie_is_named_from_the_same_query(client: FlaskClient, database_calls: Counter) -> None:
    database_calls.clear()
    data = client.get("/entity/city:den-haag?format=json").get_json()
    offices = next(g for g in data["relationships"] if g["type"] == "HOLDS_OFFICE")
    assert offices["ties"][0]["provenance"][0]["document_name"] == "Peace Talks agenda"
    assert database_calls["queries"] == 1


@pytest.mark.parametrize(
    "url", ["/", "/queries/sister-cities?city=Utrecht", "/timeline/city:utrecht", "/map/city:lyon"]
)
def test_other_pages_read_in_one_session(client: FlaskClient, database_calls: Counter, url: str) -> None:
    assert calls_of(client, database_calls, url)["sessions"] <= 1


def test_an_unknown_entity_is_a_404_after_one_query(client: FlaskClient, database_calls: Counter) -> None:
    for url in ("/entity/city:nowhere", "/graph/city:nowhere?depth=2"):
        database_calls.clear()
        assert client.get(url).status_code == 404
        assert database_calls["queries"] <= 1


def test_reads_share_a_session_until_the_share_is_closed(graph: Store, database_calls: Counter) -> None:
    database_calls.clear()
    with graph.shared_reads() as reads:
        graph.read("MATCH (c:City {id: $id}) RETURN c.name AS name", id="city:lyon")
        with graph.shared_reads():  # nested: the outer share's session
            graph.read_many(["MATCH (c:City) RETURN count(c) AS n", "MATCH (o:Organisation) RETURN count(o) AS n"])
        assert graph.read_with(lambda view: view.read("RETURN 1 AS one")) == [{"one": 1}]
        assert reads.opened == 1
    assert database_calls["sessions"] == 1
    graph.read("RETURN 1 AS one")  # the share is closed: a session of its own again
    assert database_calls["sessions"] == 2


def test_a_share_opens_no_session_when_nothing_is_read(graph: Store, database_calls: Counter) -> None:
    database_calls.clear()
    with graph.shared_reads():
        pass
    assert database_calls["sessions"] == 0
