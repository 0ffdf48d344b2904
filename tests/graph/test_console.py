"""The console on the real store: exact answers up to its row limit, a time limit the engine
enforces, a bounded share of the engine, and no administration commands."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from munigraph.graph import embedded
from munigraph.graph.errors import QueryError
from munigraph.graph.facts import Batch, Entity
from munigraph.graph.settings import Settings
from munigraph.graph.store import Store

CITIES = 1500
# Pure arithmetic, no index to help: minutes of work on any engine.
SLOW = "UNWIND range(1, 5000000) AS x UNWIND range(1, 1000) AS y WITH x, y WHERE (x + y) % 7 = 3 RETURN count(*) AS n"


@pytest.fixture
def cities(store: Store) -> Store:
    """More cities than the console's row limit; every seventh is Dutch."""
    entities = [
        Entity("City", f"city:c{i:04d}", f"C{i}", [], {"country": "NL" if i % 7 == 0 else "FR"}) for i in range(CITIES)
    ]
    store.write(Batch("many", entities))
    return store


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store of its own whose engine was started with a console limit of 2 s, holding the cities."""
    folder = tmp_path_factory.mktemp("limited")
    store = Store.open(folder, settings=Settings.from_env().replace(console_seconds=2.0))
    store.write(Batch("many", [Entity("City", f"city:c{i:04d}", f"C{i}") for i in range(CITIES)]))
    yield store
    store.close()
    embedded.stop(folder)


def slots_free(store: Store, wait: float = 20.0) -> bool:
    """Whether every console slot is free again within ``wait`` seconds (a slot is held until the engine is done)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if store._console_gate._value == store.console_slots:
            return True
        time.sleep(0.1)
    return False


def test_count_over_more_rows_than_the_limit_is_exact(cities: Store) -> None:
    result = cities.console("MATCH (c:City) RETURN count(c) AS n")
    assert (result.rows, result.truncated) == ([{"n": CITIES}], False)


def test_filtered_count_is_exact(cities: Store) -> None:
    result = cities.console("MATCH (c:City) WHERE c.country = 'NL' RETURN count(*) AS n")
    assert result.rows == [{"n": len(range(0, CITIES, 7))}]


def test_a_filter_finds_a_row_past_the_first_thousand(cities: Store) -> None:
    result = cities.console("MATCH (c:City) WHERE c.name = 'C1400' RETURN c.id AS id")
    assert (result.rows, result.truncated) == ([{"id": "city:c1400"}], False)


def test_truncated_only_when_more_rows_exist(cities: Store) -> None:
    limit = cities.console_rows
    exact = cities.console(f"MATCH (c:City) RETURN c.id AS id ORDER BY id LIMIT {limit}")
    assert (len(exact.rows), exact.truncated) == (limit, False)
    more = cities.console(f"MATCH (c:City) RETURN c.id AS id ORDER BY id LIMIT {limit + 1}")
    assert (len(more.rows), more.truncated) == (limit, True)


def test_a_slow_query_is_stopped_in_the_engine(limited: Store) -> None:
    with pytest.raises(QueryError, match="took longer than the console's 2 s limit"):
        limited.console(SLOW)
    # The console's slot is given back only when the engine has ended the query.
    assert slots_free(limited), "the engine is still running the console's query"
    assert limited.console("MATCH (c:City {id: 'city:c0001'}) RETURN c.name AS name").rows == [{"name": "C1"}]


def test_the_limit_does_not_touch_trusted_work(limited: Store) -> None:
    """The deadline is set on the console's connections only: the explorer's reads run on."""
    with pytest.raises(QueryError):
        limited.console(SLOW)
    assert slots_free(limited)
    rows = limited.read(
        "UNWIND range(1, 1500) AS x UNWIND range(1, 1000) AS y WITH x, y WHERE (x + y) % 7 = 3 RETURN count(*) AS n"
    )
    assert rows == [{"n": sum(1 for x in range(1, 1501) for y in range(1, 1001) if (x + y) % 7 == 3)}]


def test_console_queries_never_take_every_slot(limited: Store) -> None:
    errors: list[str] = []

    def slow() -> None:
        try:
            limited.console(SLOW)
        except QueryError as exc:
            errors.append(str(exc))

    threads = [threading.Thread(target=slow) for _ in range(limited.console_slots)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    with pytest.raises(QueryError, match="the console is busy"):
        limited.console("RETURN 1 AS one")
    # meanwhile the explorer's own queries get through
    assert limited.read("MATCH (c:City {id: 'city:c0007'}) RETURN c.name AS name") == [{"name": "C7"}]
    for thread in threads:
        thread.join()
    assert len(errors) == limited.console_slots
    assert slots_free(limited)


ADMIN = [
    ("SHOW TRANSACTIONS", "SHOW TRANSACTIONS"),
    ("show transactions yield transactionId", "SHOW TRANSACTIONS"),
    ("TERMINATE TRANSACTIONS 'q1-abc'", "TERMINATE TRANSACTIONS"),
    ("SHOW SETTINGS", "SHOW SETTINGS"),
    ("SHOW USERS", "SHOW USERS"),
    ("/* hi */ SHOW CURRENT USER", "SHOW CURRENT"),
    ("MATCH (n) RETURN n LIMIT 1; SHOW DATABASES", "SHOW DATABASES"),
    ("CALL dbms.listConfig()", "dbms.listConfig"),
    ("RETURN dbms.components()", "dbms.components"),
    ("CALL db.listQueries()", "db.listQueries"),
]


@pytest.mark.parametrize(("query", "word"), ADMIN)
def test_console_refuses_administration_commands(store: Store, query: str, word: str) -> None:
    with pytest.raises(
        QueryError, match=f"^the console answers questions about the graph: {word} is an administration"
    ):
        store.console(query)


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n:City) WHERE n.show = 1 RETURN n",
        "WITH 1 AS show RETURN show LIMIT 1",
        "RETURN 'SHOW TRANSACTIONS' AS text",
        "// SHOW USERS\nRETURN 1 AS one",
    ],
)
def test_words_like_commands_elsewhere_are_fine(store: Store, query: str) -> None:
    store.console(query)
