"""Explorer benchmarks: server-side latency of the main pages, throughput under a bounded
loopback load, and time until the network view is drawn and stable in headless Chromium.

    python bench/web.py --db ./munigraph-data          # latency and throughput on a loaded graph
    python bench/web.py --db ./munigraph-data --hub    # the hub's pages beside their own queries
    python bench/web.py --draw 100 500 2000            # network drawing and map on generated graphs

Figures are printed, never asserted. Draw timings use a scratch store filled with a
generated neighbourhood of exactly N nodes (a star of stars with cross ties).
"""

from __future__ import annotations

import argparse
import http.client
import logging
import random
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import neo4j  # noqa: E402
from flask import Flask  # noqa: E402
from munigraph.graph.facts import Batch, Entity, Relation  # noqa: E402
from munigraph.graph.store import Store  # noqa: E402
from munigraph.webapp import create_app  # noqa: E402
from munigraph.webapp.live import CHROMIUM, chromium, serve  # noqa: E402


def _server_ms(app: Flask, url: str) -> float:
    """Milliseconds the app takes to answer ``url`` (its JSON twin), without a browser."""
    started = time.perf_counter()
    app.test_client().get(url)
    return (time.perf_counter() - started) * 1000


def run_threads(threads: list[threading.Thread]) -> float:
    """Start the client threads together, wait for all of them; the seconds they took."""
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def pick_pages(store: Store) -> dict[str, str]:
    """Main pages on this graph: its biggest hub, a twinned pair, an event and a document."""
    hub = store.read(
        "MATCH (c:City)-[r:TWINNED_WITH]-() WITH c, count(r) AS d ORDER BY d DESC LIMIT 1 RETURN c.id AS id, c.name AS name"
    )
    pages = {"home": "/", "cypher": "/cypher?q=" + quote("MATCH (c:City) RETURN c.name AS name LIMIT 50")}
    pages["queries"] = "/queries"
    if hub:
        city = hub[0]
        pages["search"] = "/search?q=" + quote(city["name"][:-1])  # a prefix, fuzzy ranking included
        pages["entity (hub)"] = f"/entity/{quote(city['id'])}"
        pages["graph depth 1"] = f"/graph/{quote(city['id'])}?depth=1&format=json"
        pages["graph depth 2"] = f"/graph/{quote(city['id'])}?depth=2&format=json"
        far = store.read(
            "MATCH (c:City {id: $id})-[:TWINNED_WITH]-()-[:TWINNED_WITH]-()-[:TWINNED_WITH]-(d:City) "
            "WHERE d.id <> $id RETURN d.id AS id LIMIT 1",
            id=city["id"],
        )
        if far:
            pages["path"] = f"/path?from={quote(city['id'])}&to={quote(far[0]['id'])}"
            pages["map (path)"] = f"/map?from={quote(city['id'])}&to={quote(far[0]['id'])}"
        pages["entity (fr)"] = f"/entity/{quote(city['id'])}?lang=fr"
        pages["map (hub)"] = f"/map/{quote(city['id'])}"
        pages["timeline (hub)"] = f"/timeline/{quote(city['id'])}"
    pages["timeline (net)"] = "/timeline"
    org = store.read("MATCH (o:Organisation)<-[r]-() WITH o, count(r) AS d ORDER BY d DESC LIMIT 1 RETURN o.id AS id")
    if org:
        pages["timeline (org)"] = f"/timeline/{quote(org[0]['id'])}"
    pages["query form"] = "/queries/sister-cities?lang=es"
    event = store.read("MATCH (e:Event)<-[:ATTENDED]-() RETURN e.id AS id LIMIT 1")
    if event:
        pages["event"] = f"/event/{quote(event[0]['id'])}"
    doc = store.read("MATCH (d:Document) RETURN d.id AS id LIMIT 1")
    if doc:
        pages["document"] = f"/documents/{quote(doc[0]['id'])}"
    return pages


def latency(db: str, rounds: int) -> None:
    app = create_app({"MUNIGRAPH_DB": db})
    client = app.test_client()
    with app.app_context():
        from munigraph.webapp.db import get_store

        pages = pick_pages(get_store())
    counts = client.get("/?format=json").get_json()["counts"]
    print(f"graph {db}: {sum(counts['nodes'].values())} nodes, {sum(counts['relationships'].values())} relationships")
    print(f"{'page':<16}{'median ms':>11}{'p95 ms':>9}  status  url")
    for name, url in pages.items():
        client.get(url)  # warm caches (the search index is built on first use)
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        print(
            f"{name:<16}{statistics.median(times):>11.1f}{percentile(times, 0.95):>9.1f}  {response.status_code:>6}  {url[:70]}"
        )
    throughput(app, list(pages.values()))


@contextmanager
def statements_sent() -> Iterator[list[tuple[str, dict[str, Any]]]]:
    """The statements the code inside sends through the driver, with their parameters."""
    sent: list[tuple[str, dict[str, Any]]] = []
    classes = (neo4j.Session, neo4j.ManagedTransaction, neo4j.Transaction)
    real = {cls: cls.run for cls in classes}
    for cls in classes:

        def run(self, query, parameters=None, _run=real[cls], **kwargs):  # noqa: ANN001, ANN202
            sent.append((str(query), dict(parameters or {}, **kwargs)))
            return _run(self, query, parameters, **kwargs)

        cls.run = run  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        for cls, run in real.items():
            cls.run = run  # type: ignore[method-assign]


def timed_ms(call: Any, rounds: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of ``rounds`` calls (after one untimed call)."""
    call()
    wall, cpu = [], []
    for _ in range(rounds):
        started, used = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return wall, cpu


def page_beside_its_queries(
    client: Any, store: Store, url: str, rounds: int
) -> tuple[list[tuple[str, dict[str, Any]]], list[float], list[float], list[float]]:
    """The statements ``url`` sends; its wall and CPU milliseconds; and the wall milliseconds of
    the same statements replayed through the driver alone, in one session (:meth:`Store.read_with`)."""
    client.get(url)  # warm: catalogues, the engine's plan cache
    with statements_sent() as sent:
        client.get(url)

    def replay() -> None:  # one session, the rows as the driver decodes them
        store.read_with(lambda view: [view.read(query, **params) for query, params in sent])

    wall: list[float] = []
    cpu: list[float] = []
    ref: list[float] = []
    for _ in range(3):  # page and reference take turns, so both meet the same machine
        page_wall, page_cpu = timed_ms(lambda: client.get(url), max(1, rounds // 3))
        wall += page_wall
        cpu += page_cpu
        ref += timed_ms(replay, max(1, rounds // 3))[0]
    return sent, wall, cpu, ref


def hub_pages(db: str, rounds: int, hubs: list[str]) -> None:
    """The hub's entity and network pages beside their reference: the statements the page sends,
    replayed through the driver alone in one session, in the same run. The difference is what the page does with the rows: sentences, labels,
    the picture, templates (macros) and JSON."""
    app = create_app({"MUNIGRAPH_DB": db})
    client = app.test_client()
    with app.app_context():
        from munigraph.webapp.db import get_store

        store = get_store()
        if not hubs:
            hubs = [
                store.read("MATCH (c:City)-[r]-() WITH c, count(r) AS d ORDER BY d DESC LIMIT 1 RETURN c.id AS id")[0][
                    "id"
                ]
            ]
    for hub in hubs:
        hub_page_rows(client, store, hub, rounds)


def hub_page_rows(client: Any, store: Store, hub: str, rounds: int) -> None:
    kind = store.model.kind_of_id(hub)
    ties = store.read(f"MATCH (n:`{kind}` {{id: $id}})-[r]-() RETURN count(r) AS n", id=hub)[0]["n"]
    print(f"{store.label}: {hub} with {ties} ties; {rounds} rounds each")
    print(
        f"{'page':<26}{'queries':>8}{'p50 ms':>8}{'p95 ms':>8}{'cpu p50':>8}   {'ref p50':>8}{'ref p95':>8}   ratio p50"
    )
    hub_id = quote(hub)
    for name, url in (
        ("/entity/<hub>", f"/entity/{hub_id}"),
        ("/entity/<hub>?format=json", f"/entity/{hub_id}?format=json"),
        ("/graph/<hub>?depth=2", f"/graph/{hub_id}?depth=2"),
        ("/graph/<hub>?depth=2 json", f"/graph/{hub_id}?depth=2&format=json"),
    ):
        sent, wall, cpu, ref = page_beside_its_queries(client, store, url, rounds)
        page50, ref50 = statistics.median(wall), statistics.median(ref)
        print(
            f"{name:<26}{len(sent):>8}{page50:>8.1f}{percentile(wall, 0.95):>8.1f}{statistics.median(cpu):>8.1f}"
            f"   {ref50:>8.1f}{percentile(ref, 0.95):>8.1f}   {page50 / ref50:>6.2f}x"
        )


def throughput(app, urls: list[str], workers: int = 8, seconds: float = 10.0) -> None:
    """Requests per second with ``workers`` concurrent clients on loopback, for ``seconds``."""
    done: list[int] = []
    errors: list[int] = []
    with serve(app) as base:
        host = urlsplit(base)
        stop = time.monotonic() + seconds

        def worker(seed: int) -> None:
            rng = random.Random(seed)
            conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
            n = bad = 0
            while time.monotonic() < stop:
                conn.request("GET", rng.choice(urls))
                response = conn.getresponse()
                response.read()
                n += 1
                bad += response.status >= 500
            conn.close()
            done.append(n)
            errors.append(bad)

        elapsed = run_threads([threading.Thread(target=worker, args=(i,)) for i in range(workers)])
    print(
        f"throughput: {sum(done) / elapsed:.1f} requests/s with {workers} concurrent clients for {seconds:.0f} s "
        f"(werkzeug threaded server, loopback, page mix above; {sum(errors)} server errors)"
    )


def star(n: int) -> Batch:
    """A city twinned with ``n - 1`` others spread over the world (for the map)."""
    rng = random.Random(n)
    batch = Batch(f"bench-map-{n}")
    batch.entities = [Entity("City", "city:bench-root", "Town 0", props={"lat": 48.85, "lon": 2.35})]
    batch.entities += [
        Entity(
            "City", f"city:bench-{i}", f"Town {i}", props={"lat": rng.uniform(-55, 70), "lon": rng.uniform(-170, 175)}
        )
        for i in range(1, n)
    ]
    batch.relations = [Relation("TWINNED_WITH", "city:bench-root", f"city:bench-{i}") for i in range(1, n)]
    return batch


def draw_map(sizes: list[int], repeats: int) -> None:
    """Time until the offline map is drawn (countries and every marker) for a city with n - 1 twins."""
    from munigraph.graph.scratch import scratch_store

    print(
        f"{'cities':>6}{'server ms':>11}{'drawn ms (median)':>19}  (headless Chromium, Leaflet canvas, Natural Earth 110m)"
    )
    with scratch_store() as store, chromium() as browser:
        for n in sizes:
            store.reset()
            store.write(star(n))
            app = create_app({"MUNIGRAPH_DB": store.label, "MAP_SUGGESTIONS": 10})
            with serve(app) as base:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                drawn = []
                for _ in range(repeats):
                    page.goto(f"{base}/map/city:bench-root")
                    page.wait_for_selector("#map[data-stable='1']", state="attached", timeout=120_000)
                    drawn.append(float(page.get_attribute("#map", "data-stable-at")))
                    markers = int(page.get_attribute("#map", "data-markers"))
                server = _server_ms(app, "/map/city:bench-root?format=json")
                page.close()
            assert markers == n, f"drew {markers} cities, expected {n}"
            print(f"{markers:>6}{server:>11.0f}{statistics.median(drawn):>19.0f}")


def generated(n: int) -> Batch:
    """A neighbourhood of exactly ``n`` nodes within two hops of ``city:bench-root``."""
    rng = random.Random(n)
    batch = Batch(f"bench-{n}")
    ids = [f"city:bench-{i}" for i in range(n)]
    batch.entities = [Entity("City", "city:bench-root" if i == 0 else ids[i], f"Town {i}") for i in range(n)]
    ids[0] = "city:bench-root"
    spokes = max(1, int(n**0.5))
    relations = [Relation("TWINNED_WITH", ids[0], ids[i]) for i in range(1, spokes + 1)]
    for i in range(spokes + 1, n):
        relations.append(Relation("TWINNED_WITH", ids[1 + (i % spokes)], ids[i]))
    seen = {tuple(sorted((r.source, r.target))) for r in relations}
    for _ in range(n // 10):  # cross ties between leaves
        a, b = rng.sample(ids[spokes + 1 :], 2) if n > spokes + 3 else (ids[0], ids[0])
        if a != b and tuple(sorted((a, b))) not in seen:
            seen.add(tuple(sorted((a, b))))
            relations.append(Relation("TWINNED_WITH", a, b))
    batch.relations = relations
    return batch


def draw(sizes: list[int], repeats: int) -> None:
    from munigraph.graph.scratch import scratch_store

    if not CHROMIUM.exists():
        print(f"network drawing: skipped, {CHROMIUM} is absent")
        return
    print(f"{'nodes':>6}{'edges':>7}{'server ms':>11}{'stable ms (median)':>20}{'physics ms':>12}  (headless Chromium)")
    with scratch_store() as store, chromium() as browser:
        for n in sizes:
            store.reset()
            store.write(generated(n))
            app = create_app({"MUNIGRAPH_DB": store.label, "GRAPH_HUB_CAP": n, "GRAPH_MAX_NODES": n})
            with serve(app) as base:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                totals, physics = [], []
                for _ in range(repeats):
                    started = time.perf_counter()
                    page.goto(f"{base}/graph/city:bench-root?depth=2")
                    page.wait_for_selector("#network[data-stable='1']", state="attached", timeout=120_000)
                    totals.append(float(page.get_attribute("#network", "data-stable-at")))
                    physics.append(float(page.get_attribute("#network", "data-stable-ms")))
                    shown = int(page.get_attribute("#network", "data-nodes"))
                    edges = int(page.get_attribute("#network", "data-edges"))
                    wall = (time.perf_counter() - started) * 1000
                server = _server_ms(app, "/graph/city:bench-root?depth=2&format=json")
                page.close()
            assert shown == n, f"drew {shown} nodes, expected {n}"
            print(
                f"{shown:>6}{edges:>7}{server:>11.0f}{statistics.median(totals):>20.0f}{statistics.median(physics):>12.0f}"
                f"  (last wall {wall:.0f} ms)"
            )


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request would drown the figures
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a loaded graph folder for latency and throughput")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument(
        "--hub",
        nargs="*",
        default=None,
        help="only the entity and network pages of these nodes (default: the city with the most ties), beside their queries",
    )
    parser.add_argument("--draw", type=int, nargs="*", default=None, help="node counts for the drawing benchmark")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if args.db and args.hub is not None:
        hub_pages(args.db, args.rounds, args.hub)
    elif args.db:
        latency(args.db, args.rounds)
    if args.draw is not None:
        draw(args.draw or [100, 500, 2000], args.repeats)
        draw_map(args.draw or [100, 500, 2000], args.repeats)
    if not args.db and args.draw is None:
        parser.print_help()


if __name__ == "__main__":
    main()
