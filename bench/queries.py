"""Latency of every named query over a loaded graph: median and p95, printed as a table.

Run: ``python -m bench.queries --db PATH [--db PATH...] [--samples 50] [--heavy 3] [--seed 7]``
on graphs loaded beforehand (``munigraph --db PATH load ../shared/corpus/uclg/*.txt
../shared/data/twinning/*/...``, or the synthetic network of ``python -m bench.store --db
PATH``, with ``--names real`` for real city names), one after the other. Search at scale:
``--only lookups`` with the realistic graph and the 100k graphs of both kinds of names. Each query runs through :func:`graph.named.run`, validation and entity lookup
included, with parameters drawn (seeded) from the graph itself: random twinned cities,
pairs of well-twinned ones, events, people, councils. The networkx analytics (hubs, communities) run
``--heavy`` times cold (projection read and metric computed, as in a fresh process) and
as many times from the in-process cache (as in the explorer). A query whose
parameters the graph cannot supply (no council in a synthetic network) is marked n/a.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from munigraph.graph import analytics, fulltext, named
from munigraph.graph.analytics.centrality import scores
from munigraph.graph.analytics.communities import louvain
from munigraph.graph.errors import QueryError
from munigraph.graph.lookup import resolve_entity
from munigraph.graph.search import CANDIDATES, TYPO_CANDIDATES, TYPO_KEYS, Searcher
from munigraph.graph.store import Store
from munigraph.graph.text import fold

from bench.store import engine_cpu, percentiles

Params = list[dict[str, Any]]
HEAVY = ("hubs", "communities")  # networkx over a projection: timed cold and from the cache


def _ids(store: Store, query: str, **params: Any) -> list[str]:
    return [r["id"] for r in store.read(query, **params)]


POOLS = {
    "event": "MATCH (e:Event) RETURN e.id AS id",
    "attendee": "MATCH (x:Person) WHERE exists { MATCH (x)-[:ATTENDED]->() } RETURN x.id AS id",
    "person": "MATCH (p:Person) RETURN p.id AS id",
    "council": "MATCH (c:Council) RETURN c.id AS id",
    "org": "MATCH (o:Organisation) RETURN o.id AS id",
    "group": "MATCH (s) WHERE s:Section OR s:Organisation RETURN s.id AS id",
}


class Pools(dict):
    """Ids the benchmark draws parameters from, one read per pool, made when first asked for (at 1M
    links the pool of well-twinned cities alone keeps a busy engine for minutes)."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, pool: str) -> list[str]:
        if pool in TWINNED_AT_LEAST:
            self[pool] = twinned_cities(self.store, TWINNED_AT_LEAST[pool])
        else:
            self[pool] = _ids(self.store, POOLS[pool])
        return self[pool]


# Cities with at least so many twinning links: any (the sister-city queries), or five (chains are
# looked for between well-twinned cities: random ones are mostly in separate components of the
# real datasets, and no chain is a cheap answer)
TWINNED_AT_LEAST = {"city": 1, "twinned": 5}
EVERY_TWINNED = "MATCH (c:City) WHERE COUNT { (c)-[:TWINNED_WITH]-() } >= $least RETURN c.id AS id"
TWINNED = "MATCH (c:City {id: $id})-[:TWINNED_WITH]-(t:City) RETURN t.id AS id LIMIT $least"


def twinned_cities(store: Store, least: int = 1, most: int = 300, seed: int = 3) -> list[str]:
    """Up to ``most`` cities with ``least`` twinning links or more, drawn (seeded) from every city,
    each asked by its id (an index seek and as many of its links, :data:`TWINNED`); every such city
    up to 100k links (:data:`EVERY_TWINNED`). Asking all 100k cities at once is a label scan
    running a subquery per city (``exists {...}``, ``COUNT {...}``, or ``UNWIND`` of the ids: 10
    minutes of the engine at 1M links, the well-twinned pool as long)."""
    if store.counts()["relationships"].get("TWINNED_WITH", 0) <= 100_000:
        return _ids(store, EVERY_TWINNED, least=least)
    cities = sorted(_ids(store, "MATCH (c:City) RETURN c.id AS id"))
    drawn = random.Random(seed).sample(cities, min(most, len(cities)))
    return sorted(one for one in drawn if len(store.read(TWINNED, id=one, least=least)) >= least)


def plans(
    ids: dict[str, list[str]], rng: random.Random, samples: int, heavy: int, wanted: set[str] | None = None
) -> dict[str, Params]:
    """Parameter sets per query, of the ``wanted`` ones (all by default); empty when the graph has
    nothing to draw from. A pool is read only for a query wanted (at 1M links, the well-twinned
    cities of the chains take a minute to choose); draws come in the same order either way."""

    def draw(pool: str, count: int = samples) -> list[str]:
        return [rng.choice(ids[pool]) for _ in range(count)] if ids[pool] else []

    def pairs(pool: str) -> list[tuple[str, str]]:
        return list(zip(draw(pool), draw(pool), strict=True)) if len(ids[pool]) > 1 else []

    def partners() -> Params:
        org = "org:uclg" if "org:uclg" in ids["org"] else None
        return [{"organisation": o} for o in ([org] * samples if org else draw("org"))]

    made: dict[str, Callable[[], Params]] = {
        "attendees": lambda: [{"event": e} for e in draw("event")],
        "events-of": lambda: [{"entity": p} for p in draw("attendee")],
        "co-attendance": lambda: [{"a": a, "b": b} for a, b in pairs("attendee")],
        "co-chairs": lambda: [{"council": c} for c in draw("council")],
        "offices-of": lambda: [{"person": p} for p in draw("person")],
        "sister-cities": lambda: [{"city": c} for c in draw("city")],
        "twinning-path": lambda: [{"from": a, "to": b} for a, b in pairs("twinned") if a != b],
        "introductions": lambda: [{"from": a, "to": b} for a, b in pairs("twinned") if a != b],
        "suggest-partners": lambda: [{"city": c} for c in draw("city")],
        "partners": partners,
        "members": lambda: [{"of": g} for g in draw("group")],
        "city-profile": lambda: [{"city": c} for c in draw("city")],
        "hubs": lambda: [{"ties": "TWINNED_WITH", "metric": "pagerank"}] * heavy if ids["city"] else [],
        "communities": lambda: [{"ties": "TWINNED_WITH"}] * heavy if ids["city"] else [],
        "timeline": lambda: [{}] * samples,
    }
    return {name: make() for name, make in made.items() if not wanted or name in wanted}


def timed(call: Callable[[], list]) -> tuple[float, int]:
    started = time.perf_counter()
    rows = call()
    return time.perf_counter() - started, len(rows)


def measure(store: Store, name: str, params: Params, cold: bool = False) -> tuple[float, float, float] | None:
    """Median and p95 in ms and the mean number of rows, after one warm-up run.

    ``cold`` empties the analytics cache before each run: the projection is read and the
    metric computed again, as in a fresh ``munigraph query`` process; no warm-up run then (it would
    be one more such run: two minutes of Louvain at 1M links on a busy machine).
    """
    if not params:
        return None
    if not cold:
        named.run(store, name, params[0])
    results = []
    for p in params:
        if cold:
            analytics.clear_cache()
        results.append(timed(lambda p=p: named.run(store, name, p)))
    median, p95 = percentiles([seconds for seconds, _ in results])
    return median, p95, statistics.mean(rows for _, rows in results)


def city_names(store: Store, cities: list[str], rng: random.Random, samples: int) -> list[tuple[str, str]]:
    """(id, name) of up to ``samples`` random twinned cities."""
    picked = rng.sample(cities, min(samples, len(cities)))
    rows = store.read("MATCH (c:City) WHERE c.id IN $ids RETURN c.id AS id, c.name AS name", ids=picked)
    return [(r["id"], r["name"]) for r in rows if r["name"]]


def per_call(calls: list[Callable[[], object]]) -> float:
    """Median ms of the calls, each run once, after one warm-up of the first."""
    calls[0]()
    samples = []
    for call in calls:
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def side_by_side(
    ours: list[Callable[[], object]], theirs: list[Callable[[], object]], rounds: int = 3
) -> tuple[float, float]:
    """Median ms of our calls and of the reference's, in turns: each call of ours beside the
    reference's call for the same input, ``rounds`` times over, so that a busy moment of a
    shared machine falls on both alike."""
    ours[0](), theirs[0]()
    mine: list[float] = []
    reference: list[float] = []
    for turn in range(rounds):
        for one, other in zip(ours, theirs, strict=True):
            for call, samples in ((one, mine), (other, reference))[:: 1 if turn % 2 else -1]:
                started = time.perf_counter()
                call()
                samples.append(time.perf_counter() - started)
    return statistics.median(mine) * 1000, statistics.median(reference) * 1000


def cpu_side_by_side(
    ours: list[Callable[[], object]], theirs: list[Callable[[], object]], engine: Callable[[], float], rounds: int = 4
) -> tuple[float, float]:
    """Mean CPU ms per call of ours and of the reference's: this process's and the engine's, call by
    call in turns (each call of ours beside the reference's for the same input, each first every
    other time), ``rounds`` times over. CPU time is what a busy shared machine leaves alone: it counts
    the work, not the wait.

    Call by call, not a block of each: the engine's clock also counts its own work in the
    background (a garbage collection, its compiler), tens of milliseconds at a time, and a block of
    30 calls of about a millisecond each took all of one such pause or none, which swung a row's
    ratio from 0.9x to 3.5x between runs; in turns, both sides meet them alike. The engine's clock
    ticks every 10 ms, so one call mostly reads 0 or 10: the mean over many calls is still exact.
    Reading the two clocks costs this process a few hundredths of a millisecond, measured and
    taken off both sides."""
    ours[0](), theirs[0]()
    reading = _clock_cost(engine)
    spent = {"ours": 0.0, "theirs": 0.0}
    turn = 0
    for _ in range(rounds):
        for one, other in zip(ours, theirs, strict=True):
            for side, call in (("ours", one), ("theirs", other))[:: 1 if turn % 2 else -1]:
                client, server = time.process_time(), engine()
                call()
                spent[side] += engine() - server + time.process_time() - client - reading
            turn += 1
    return spent["ours"] * 1000 / (rounds * len(ours)), spent["theirs"] * 1000 / (rounds * len(theirs))


def _clock_cost(engine: Callable[[], float], samples: int = 200) -> float:
    """This process's CPU seconds to read both clocks once around a call (what each timed call adds)."""
    started = time.process_time()
    for _ in range(samples):
        time.process_time(), engine(), engine(), time.process_time()
    return (time.process_time() - started) / samples


def typo(name: str) -> str:
    """The name with two neighbouring letters swapped past its third letter (a common slip)."""
    if len(name) < 6:
        return name
    return name[:3] + name[4] + name[3] + name[5:]


def lookups(store: Store, cities: list[str], rng: random.Random, samples: int) -> list[tuple[str, float, str, float]]:
    """Rows (what, munigraph ms, reference, reference ms) for name lookup and search.

    References, same run: a City read by id over the same driver, and one query of the
    engine's own full-text index of cities: the whole name as a phrase, and, for a name begun or
    misspelt, also the text typed as search asks it (its words, the last as a prefix, up to as many
    candidates as search takes), and for a slip the query finding the candidates search scores
    (:func:`slip_query`), each in turns with what it is the reference of (:func:`side_by_side`).
    """
    named_cities = city_names(store, cities, rng, samples)
    if not named_cities:
        return []

    def resolve(text: str) -> None:
        with contextlib.suppress(QueryError):  # an ambiguous name costs the same lookup
            resolve_entity(store, text, ["City"])

    by_name, by_id = side_by_side(
        [lambda n=n: resolve(n) for _, n in named_cities],
        [lambda i=i: store.read(ID_READ, id=i) for i, _ in named_cities],
    )
    old_scan = per_call([lambda n=n: store.read(OLD_SCAN, key=fold(n)) for _, n in named_cities[:10]])
    index = fulltext.indexes(store, ["City"])[0]
    engine = [
        lambda n=n: store.read(ENGINE_FULLTEXT, index=index, text=fulltext.phrase(fold(n))) for _, n in named_cities
    ]
    searcher = Searcher()
    search, engine_whole = side_by_side([lambda n=n: searcher.search(store, n) for _, n in named_cities], engine)
    prefix, engine_half = side_by_side([lambda n=n: searcher.search(store, _half(n)) for _, n in named_cities], engine)
    typos, engine_typo = side_by_side([lambda n=n: searcher.search(store, typo(n)) for _, n in named_cities], engine)
    # The engine asked what search asks it for the text typed (its words, the last as a prefix), as
    # many candidates as search takes: a name begun or misspelt costs the engine more than a whole one
    same_text = [
        lambda n=n, alter=alter: store.read(
            ENGINE_TERMS, index=index, text=fulltext.terms(fold(alter(n))), limit=CANDIDATES
        )
        for alter in (_half, typo)
        for _, n in named_cities
    ]
    half_again, engine_half_text = side_by_side(
        [lambda n=n: searcher.search(store, _half(n)) for _, n in named_cities], same_text[: len(named_cities)]
    )
    typos_again, engine_typo_text = side_by_side(
        [lambda n=n: searcher.search(store, typo(n)) for _, n in named_cities], same_text[len(named_cities) :]
    )
    # The engine asked for the candidates search finds for a slip: the words as typed and the typo
    # keys of the word misspelt, of the key nodes' index (search of every kind: its typo keys' query)
    # or of the kind's own (search of one kind), as many as search takes: one query finding what
    # search scores, where search first asks the words alone (it cannot know a word slipped)
    slips = [
        lambda n=n, heads=heads: slip_query(store, n, index if not heads else None)
        for heads in (True, False)
        for _, n in named_cities
    ]
    typos_slip, engine_slip = side_by_side(
        [lambda n=n: searcher.search(store, typo(n)) for _, n in named_cities], slips[: len(named_cities)]
    )
    one_kind_slip, engine_kind_slip = side_by_side(
        [lambda n=n: searcher.search(store, typo(n), kind="City") for _, n in named_cities],
        slips[len(named_cities) :],
    )
    # A search of one kind (the search page's kind filter, a name parameter's suggestions)
    one_kind = {
        what: side_by_side(
            [lambda n=n, a=alter: searcher.search(store, a(n), kind="City") for _, n in named_cities], engine
        )
        for what, alter in (("a whole name", str), ("half a name", _half), ("a name with a typo", typo))
    }
    engine_clock = engine_cpu(store.data_folder)
    if engine_clock:
        by_id_calls = [lambda i=i: store.read(ID_READ, id=i) for i, _ in named_cities]
        cpu_rows = [
            (
                "city by name (resolve_entity)",
                [lambda n=n: resolve(n) for _, n in named_cities],
                "city by id",
                by_id_calls,
            )
        ]
        for what, alter in (("a whole name", str), ("half a name", _half), ("a name with a typo", typo)):
            ours = [lambda n=n, alter=alter: searcher.search(store, alter(n)) for _, n in named_cities]
            cpu_rows.append((f"search, {what}", ours, "engine full-text query", engine))
            if alter is not str:
                text = same_text[: len(named_cities)] if alter is _half else same_text[len(named_cities) :]
                cpu_rows.append((f"search, {what}", ours, "engine query of that text", text))
            of_one = [lambda n=n, alter=alter: searcher.search(store, alter(n), kind="City") for _, n in named_cities]
            cpu_rows.append((f"search City, {what}", of_one, "engine full-text query", engine))
            if alter is typo:
                cpu_rows.append((f"search, {what}", ours, "engine query of its slip", slips[: len(named_cities)]))
                cpu_rows.append(
                    (f"search City, {what}", of_one, "engine query of its slip", slips[len(named_cities) :])
                )
        cpu = []
        for what, ours, reference, theirs in cpu_rows:
            mine, other = cpu_side_by_side(ours, theirs, engine_clock)
            cpu.append((what, mine, reference, other))
        print_comparisons("CPU ms per call, this process + engine", cpu)
    for what, alter in (("a whole name", str), ("a name with a typo", typo)):
        top3 = sum(i in [h.id for h in searcher.search(store, alter(n))[:3]] for i, n in named_cities)
        print(f"search, {what}: the city among the first 3 hits for {top3} of {len(named_cities)} names")
    return [
        ("city by name (resolve_entity)", by_name, "city by id", by_id),
        ("  before: scan of keys", old_scan, "city by id", by_id),
        ("search, a whole name", search, "engine full-text query", engine_whole),
        ("search, half a name", prefix, "engine full-text query", engine_half),
        ("search, a name with a typo", typos, "engine full-text query", engine_typo),
        ("search, half a name", half_again, "engine query of that text", engine_half_text),
        ("search, a name with a typo", typos_again, "engine query of that text", engine_typo_text),
        ("search, a name with a typo", typos_slip, "engine query of its slip", engine_slip),
        ("search City, a name with a typo", one_kind_slip, "engine query of its slip", engine_kind_slip),
        *(
            (f"search City, {what}", ours, "engine full-text query", theirs)
            for what, (ours, theirs) in one_kind.items()
        ),
    ]


def slip_query(store: Store, name: str, kind_index: str | None) -> list[dict[str, Any]]:
    """The engine's full-text query that finds the candidates search scores for ``typo(name)``: its
    words, and the typo keys of those the slip changed, of the kind's index (``kind_index``, as many
    as search takes of one kind) or of the key nodes' (as many as search takes of every kind)."""
    typed, meant = fold(typo(name)), fold(name)
    slipped = [word for word in typed.split() if word not in meant.split()]
    if kind_index:
        lucene = fulltext.terms(typed, typos=True, slipped=slipped)
        return store.read(ENGINE_TERMS, index=kind_index, text=lucene, limit=TYPO_CANDIDATES)
    lucene = fulltext.terms(typed, typos=True, slipped=slipped, heads=True)
    return fulltext.best_keys(store, lucene, TYPO_KEYS)


def _half(name: str) -> str:
    return name[: max(3, len(name) // 2)]


ID_READ = "MATCH (n:City {id: $id}) RETURN n.id AS id, n.name AS name"
OLD_SCAN = "MATCH (n:City) WHERE $key IN n.keys RETURN n.id AS id, n.name AS name"
ENGINE_FULLTEXT = "CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id, node.name AS name"
ENGINE_TERMS = "CALL db.index.fulltext.queryNodes($index, $text, {limit: $limit}) YIELD node RETURN node.id AS id, node.name AS name"


def median_ms(call: Callable[[], object], runs: int) -> float:
    """Median wall time of ``call`` in ms, after one warm-up run."""
    call()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def old_counts(store: Store) -> None:
    """The freshness check and counts as they were before the change counter: a count per kind and type."""
    parts = [f"MATCH (n:`{k}`) RETURN '{k}' AS k, count(n) AS n" for k in store.model.nodes]
    parts += [f"MATCH ()-[r:`{t}`]->() RETURN '{t}' AS k, count(r) AS n" for t in analytics.DEFAULT_TIES]
    store.read(" UNION ALL ".join(parts))


def freshness(store: Store, cities: list[str], runs: int) -> list[tuple[str, float, str, float]]:
    """Rows (what, munigraph ms, reference, reference ms): the change counter, counts, warm analytics.

    Each reference runs in the same process against the same engine: an id lookup (the
    cheapest indexed read), the engine's own count of one kind, and networkx computing the
    metric on the very projection the cached query reads.
    """
    one = cities[0] if cities else "city:none"
    by_id = median_ms(lambda: store.read("MATCH (n:City {id: $id}) RETURN n.id AS id", id=one), runs)
    one_count = median_ms(lambda: store.read("MATCH (n:City) RETURN count(n) AS n"), runs)
    rows = [
        ("change stamp (Store.version)", median_ms(store.version, runs), "id lookup", by_id),
        ("stats (Store.counts)", median_ms(store.counts, runs), "engine count of one kind", one_count),
        (
            "  before: a count per kind and type",
            median_ms(lambda: old_counts(store), max(1, runs // 10)),  # seconds each at 100k nodes
            "engine count of one kind",
            one_count,
        ),
    ]
    if not cities:
        return rows
    hubs = {"ties": "TWINNED_WITH", "metric": "pagerank"}
    graph = analytics.project(store, ["TWINNED_WITH"])
    networkx_pagerank = median_ms(lambda: scores(graph.copy(), "pagerank"), max(1, runs // 10))
    rows.append(
        (
            "hubs pagerank, warm",
            median_ms(lambda: named.run(store, "hubs", hubs), runs),
            "networkx pagerank",
            networkx_pagerank,
        )
    )
    networkx_louvain = median_ms(lambda: louvain(graph, 1.0), 1)
    comms = {"ties": "TWINNED_WITH"}
    rows.append(
        (
            "communities, warm",
            median_ms(lambda: named.run(store, "communities", comms), runs),
            "networkx louvain",
            networkx_louvain,
        )
    )
    return rows


def print_comparisons(title: str, rows: list[tuple[str, float, str, float]]) -> None:
    print(f"\n{title:<38} {'munigraph ms':>12}   {'reference':<26} {'ms':>9} {'ratio':>7}")
    for what, ours, reference, theirs in rows:
        ratio = ours / theirs if theirs else float("nan")
        print(f"{what:<38} {ours:>12.2f}   {reference:<26} {theirs:>9.2f} {ratio:>6.2f}x", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, action="append", help="a loaded database folder (repeat for several)")
    parser.add_argument("--samples", type=int, default=50, help="runs per query")
    parser.add_argument("--heavy", type=int, default=3, help="runs of hubs and communities")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", help="comma-separated query names; freshness or lookups for those comparisons")
    args = parser.parse_args()
    for db in args.db:
        if len(args.db) > 1:
            print(f"\n== {db}")
        bench(db, args)


def bench(db: str, args: argparse.Namespace) -> None:
    """The figures of one graph."""
    rng = random.Random(args.seed)
    with Store.open(db) as store:
        counts = store.counts()
        nodes, rels = sum(counts["nodes"].values()), sum(counts["relationships"].values())
        print(
            f"graph: {nodes:,} nodes, {rels:,} relationships "
            f"({counts['relationships'].get('TWINNED_WITH', 0):,} twinning links)"
        )
        ids = Pools(store)
        wanted = set(args.only.split(",")) if args.only else None
        named_queries = not wanted or bool(wanted - {"lookups", "freshness"})
        if named_queries:
            print(f"{'query':<22} {'runs':>5} {'median ms':>10} {'p95 ms':>10} {'rows':>8}")
        for name, params in (plans(ids, rng, args.samples, args.heavy, wanted) if named_queries else {}).items():
            modes = [(name + " (cold)", True), (name + " (cached)", False)] if name in HEAVY else [(name, False)]
            if name == "twinning-path":  # also one chain only, the database's shortestPath
                modes.append((name + " all=false", False))
            for label, cold in modes:
                runs = [{**p, "all": False} for p in params] if label.endswith("all=false") else params
                figures = measure(store, name, runs, cold)
                if figures is None:
                    print(f"{label:<22} {'n/a':>5}")
                    continue
                median, p95, rows = figures
                print(f"{label:<22} {len(params):>5} {median:>10.1f} {p95:>10.1f} {rows:>8.1f}", flush=True)
        if not wanted or "lookups" in wanted:
            print_comparisons("lookup and search (median)", lookups(store, ids["city"], rng, args.samples))
        if not wanted or "freshness" in wanted:
            print_comparisons("freshness and counts", freshness(store, ids["city"], args.samples))


if __name__ == "__main__":
    main()
