"""The web console on the real store: a slow query is stopped, and meanwhile the explorer answers."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from flask import Flask
from munigraph.graph import console_guard
from munigraph.webapp.db import get_store

SLOW = "UNWIND range(1, 5000000) AS x UNWIND range(1, 1000) AS y WITH x, y WHERE (x + y) % 7 = 3 RETURN count(*) AS n"


@pytest.fixture
def limited(app: Flask) -> Iterator[Flask]:
    """A console limit of 5 s in the engine and in the app's store."""
    with app.app_context():
        store = get_store()
    engine_ms, before = console_guard._installed["limit_ms"], store.console_seconds
    console_guard.install(5000)
    store.console_seconds = 5.0
    yield app
    console_guard.install(engine_ms)
    store.console_seconds = before


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
