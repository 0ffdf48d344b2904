"""The web console on the real store: a slow query is stopped, and meanwhile the explorer answers."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from flask import Flask
from munigraph.graph import embedded
from munigraph.graph.settings import Settings
from munigraph.graph.store import Store
from munigraph.webapp import create_app
from munigraph.webapp.db import close_store

from tests.webapp.conftest import sample_batch

SLOW = "UNWIND range(1, 5000000) AS x UNWIND range(1, 1000) AS y WITH x, y WHERE (x + y) % 7 = 3 RETURN count(*) AS n"


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """The explorer over a folder of its own, whose engine was started with a console limit of 5 s."""
    folder = tmp_path_factory.mktemp("limited-web")
    settings = Settings.from_env().replace(console_seconds=5.0, db=str(folder))
    with Store.open(folder, settings=settings) as store:
        store.write(sample_batch())
    app = create_app({"TESTING": True, "MUNIGRAPH_DB": str(folder)}, settings=settings)
    yield app
    close_store(app)
    embedded.stop(folder)


def test_a_page_answers_while_a_slow_console_query_runs(limited: Flask) -> None:
    answers: dict[str, object] = {}

    def console() -> None:
        response = limited.test_client().get("/cypher", query_string={"q": SLOW})
        answers["status"], answers["text"] = response.status_code, response.get_data(as_text=True)

    runner = threading.Thread(target=console)
    runner.start()
    search = limited.test_client().get("/search?q=Utrecht&format=json")
    still_running = runner.is_alive()
    runner.join()
    assert search.status_code == 200 and search.get_json()["results"][0]["id"] == "city:utrecht"
    assert still_running, "the page answered only after the console query ended"
    assert answers["status"] == 400
    assert "took longer than the console&#39;s 5 s limit" in str(answers["text"])


def test_the_web_console_refuses_administration(client) -> None:
    response = client.get("/cypher", query_string={"q": "SHOW TRANSACTIONS", "format": "json"})
    assert response.status_code == 400
    assert response.get_json()["error"] == (
        "the console answers questions about the graph: SHOW TRANSACTIONS is an administration command and is not allowed"
    )


def test_the_web_console_counts_exactly(client) -> None:
    response = client.get("/cypher", query_string={"q": "MATCH (c:City) RETURN count(c) AS n", "format": "json"})
    result = response.get_json()["result"]
    assert (result["rows"], result["truncated"]) == ([{"n": 18}], False)
