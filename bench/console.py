"""Console limits: what a slow console query costs the explorer, and how soon the engine is free.

    python bench/console.py                    # a scratch graph of 3,000 cities and 9,000 twinnings
    python bench/console.py --limit 5 --slots 2

Prints, in one run: /search latency with nothing else running (the reference) and while
console queries past the limit run (the project's figure), with their ratio; the CPU
seconds the engine process spends in the 2 s after the console gave up; and the answers of the
counts that the engine's scan limit used to cut short. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from munigraph.graph.errors import QueryError  # noqa: E402
from munigraph.graph.facts import Batch, Entity, Provenance, Relation  # noqa: E402
from munigraph.graph.scratch import scratch_store  # noqa: E402
from munigraph.graph.store import Store  # noqa: E402
from munigraph.webapp import create_app  # noqa: E402
from munigraph.webapp.db import close_store  # noqa: E402

SLOW = "MATCH (a:City)-[:TWINNED_WITH*..8]-(b:City) RETURN count(*) AS n"


def fill(store: Store, cities: int, twins: int) -> None:
    rng = random.Random(1)
    entities = [
        Entity("City", f"city:b{i:05d}", f"Town {i}", [], {"country": "NL" if i % 7 == 0 else "FR"})
        for i in range(cities)
    ]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < twins:
        a, b = rng.randrange(cities), rng.randrange(cities)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    relations = [
        Relation("TWINNED_WITH", f"city:b{a:05d}", f"city:b{b:05d}", {"kind": "twinning"}, [Provenance("x", row=i)])
        for i, (a, b) in enumerate(sorted(pairs))
    ]
    store.write(Batch("bench", entities, relations))


def search_latency(client, rounds: int) -> list[float]:
    times = []
    for i in range(rounds):
        started = time.perf_counter()
        assert client.get(f"/search?q=Town {i * 37 % 3000}").status_code == 200
        times.append(time.perf_counter() - started)
    return times


def engine_cpu(pid: int) -> float:
    """CPU seconds the engine process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", type=int, default=3000)
    parser.add_argument("--twins", type=int, default=9000)
    parser.add_argument("--limit", type=float, default=5.0, help="console time limit, seconds")
    parser.add_argument("--slots", type=int, default=2, help="console queries at once")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    os.environ["MUNIGRAPH_CONSOLE_SLOTS"] = str(args.slots)
    os.environ["MUNIGRAPH_CONSOLE_SECONDS"] = str(args.limit)  # the engine takes its limit when it starts
    with scratch_store() as store:
        fill(store, args.cities, args.twins)
        pid = store._attachment.endpoint.pid
        nl = len(range(0, args.cities, 7))
        count = store.console("MATCH (c:City) WHERE c.country = 'NL' RETURN count(*) AS n").rows[0]["n"]
        late = store.console(f"MATCH (c:City) WHERE c.name = 'Town {args.cities - 1}' RETURN c.id AS id").rows
        print(f"filtered count: {count} (true {nl}); a row past the first thousand found: {bool(late)}")

        app = create_app({"TESTING": True, "MUNIGRAPH_DB": store.label})
        client = app.test_client()
        client.get("/search?q=Town 1")  # builds the search index
        idle = search_latency(client, args.rounds)

        def console() -> None:
            with contextlib.suppress(QueryError):
                store.console(SLOW)

        runners = [threading.Thread(target=console) for _ in range(args.slots + 1)]
        for runner in runners:
            runner.start()
        time.sleep(0.5)
        busy = search_latency(client, args.rounds)
        for runner in runners:
            runner.join()
        windows = []
        for _ in range(3):  # three windows of 2 s after the console gave up
            before = engine_cpu(pid)
            time.sleep(2)
            windows.append(engine_cpu(pid) - before)
        close_store(app)
    ref, fig = statistics.median(idle), statistics.median(busy)
    print(f"/search median, idle (reference): {ref * 1000:.1f} ms")
    print(
        f"/search median, {args.slots + 1} slow console queries running: {fig * 1000:.1f} ms  (ratio {fig / ref:.2f})"
    )
    print(f"/search max while busy: {max(busy) * 1000:.1f} ms")
    print("engine CPU seconds in each 2 s after the console gave up: " + ", ".join(f"{w:.2f}" for w in windows))


if __name__ == "__main__":
    main()
