"""How the benches measure: the first batch into an empty store, CPU call by call in turns."""

from __future__ import annotations

import sys
from pathlib import Path

from munigraph.graph.facts import Entity
from munigraph.graph.store import Store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # bench is a folder of scripts beside the package, not installed

from bench import queries as bench_queries  # noqa: E402
from bench import store as bench_store  # noqa: E402

RELS = "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n"


def test_each_side_writes_its_first_batch_into_an_empty_store(store: Store) -> None:
    cities = [Entity("City", f"city:bench:{i}", f"Bench City {i}", props={"country": "XX"}) for i in range(4)]
    pairs = [("city:bench:0", "city:bench:1"), ("city:bench:1", "city:bench:2"), ("city:bench:2", "city:bench:3")]
    spent = bench_store.first_batch(store, cities, pairs, bench_store.reference_load)
    assert spent.wall > 0 and spent.cpu >= 0
    assert {r["type"]: r["n"] for r in store.read(RELS)} == {"BENCH_REFERENCE": 3}
    bench_store.first_batch(store, cities, pairs, bench_store.store_load)
    # the reference's links are gone: munigraph met a store with no relationship at all, its cities anew
    assert {r["type"]: r["n"] for r in store.read(RELS)} == {"TWINNED_WITH": 3}
    assert store.counts()["nodes"]["City"] == 4 and store.counts()["relationships"]["TWINNED_WITH"] == 3


def test_cpu_is_counted_call_by_call_each_side_first_in_turns() -> None:
    engine = {"seconds": 0.0}
    order: list[str] = []

    def ours(i: int) -> None:
        order.append(f"ours {i}")
        engine["seconds"] += 0.010  # the engine works 10 ms for each of our calls, none for the reference's

    def theirs(i: int) -> None:
        order.append(f"theirs {i}")

    mine, reference = bench_queries.cpu_side_by_side(
        [lambda i=i: ours(i) for i in range(3)], [lambda i=i: theirs(i) for i in range(3)], lambda: engine["seconds"], 2
    )
    assert 9.5 < mine < 10.5 and -0.5 < reference < 0.5
    timed = order[2:]  # after one untimed call of each
    assert timed[:4] == ["theirs 0", "ours 0", "ours 1", "theirs 1"]  # each input's two calls side by side
    assert len(timed) == 12 and timed.count("ours 0") == 2
