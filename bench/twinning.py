"""Benchmark the twinning loaders on the four real datasets in ../shared/data/twinning.

Run: ``python -m bench.twinning [--data PATH] [DATASET ...]``. Each dataset is loaded into a
fresh scratch store (mapping picked by header) and the script prints its load time, rows
per second, the share of its cities resolved with a country and coordinates, and for
wikidata-eu-2018 (which carries coordinates) the share of resolved cities within 25 km of
the file's own coordinates. A last run loads all four into one store, for the cross-source
merges. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from munigraph.graph.resolution.places import haversine_km
from munigraph.graph.scratch import scratch_store
from munigraph.graph.store import Store
from munigraph.loaders.tabular import load_table

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "twinning"
FILES = {
    "wikipedia-2026": "wikipedia-2026/app_public_twin_cities.csv",
    "wikidata-p190-2016": "wikidata-p190-2016/relations.tsv",
    "wikidata-eu-2018": "wikidata-eu-2018/sistercities.tsv",
    "konect-twin-2017": "konect-twin-2017/out.twin",
}


def resolved_share(store: Store, dataset: str) -> tuple[int, float]:
    row = store.read(
        "MATCH (c:City) WHERE $d IN c.sources RETURN count(c) AS n, "
        "sum(CASE WHEN c.resolved AND c.country IS NOT NULL AND c.lat IS NOT NULL THEN 1 ELSE 0 END) AS ok",
        d=dataset,
    )[0]
    return row["n"], (row["ok"] / row["n"] if row["n"] else 0.0)


def within_25km(store: Store, path: Path) -> tuple[int, float]:
    """Share of resolved cities whose gazetteer point is within 25 km of the file's point."""
    points: dict[str, tuple[float, float]] = {}
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            for name, lat, lon in ((row[0], row[2], row[3]), (row[5], row[6], row[7])):
                try:
                    points.setdefault(name, (float(lat), float(lon)))
                except ValueError:
                    continue
    from munigraph.graph.text import fold

    nodes = store.read(
        "MATCH (c:City) WHERE 'wikidata-eu-2018' IN c.sources AND c.resolved "
        "RETURN c.lat AS lat, c.lon AS lon, c.aliases AS aliases"
    )
    folded = {fold(name): point for name, point in points.items()}
    near = checked = 0
    for node in nodes:
        point = next((folded[fold(a)] for a in node["aliases"] if fold(a) in folded), None)
        if point is None:
            continue
        checked += 1
        near += haversine_km(point[0], point[1], node["lat"], node["lon"]) <= 25
    return checked, (near / checked if checked else 0.0)


def run(data: Path, names: list[str]) -> None:
    print(
        f"{'dataset':22} {'rows':>7} {'seconds':>8} {'rows/s':>8} {'cities':>7} {'resolved':>9} "
        f"{'unresolved':>10} {'rejected':>8} {'links':>7}"
    )
    for name in names:
        path = data / FILES[name]
        with scratch_store() as store:
            started = time.perf_counter()
            report = load_table(store, path, rejects=Path("/dev/null"))
            seconds = time.perf_counter() - started
            cities, share = resolved_share(store, name)
            links = store.read("MATCH ()-[t:TWINNED_WITH]->() RETURN count(t) AS n")[0]["n"]
            print(
                f"{name:22} {report.rows_read:7d} {seconds:8.1f} {report.rows_read / seconds:8.0f} {cities:7d} "
                f"{share:9.1%} {len(report.unresolved):10d} {len(report.rejected):8d} {links:7d}"
            )
            if name == "wikidata-eu-2018":
                checked, near = within_25km(store, path)
                print(f"{'':22} resolved cities within 25 km of the file's coordinates: {near:.1%} of {checked}")
    with scratch_store() as store:
        started = time.perf_counter()
        for name in names:
            load_table(store, data / FILES[name], rejects=Path("/dev/null"))
        counts = store.counts()
        both = store.read("MATCH ()-[t:TWINNED_WITH]->() WHERE t.stated_by = 'both' RETURN count(t) AS n")[0]["n"]
        merged = store.read("MATCH (c:City) WHERE size(c.sources) > 1 RETURN count(c) AS n")[0]["n"]
        print(
            f"all together: {time.perf_counter() - started:.1f} s, {counts['nodes']['City']} cities "
            f"({merged} from more than one source), {counts['relationships']['TWINNED_WITH']} links, "
            f"{both} stated by both sides"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="*", metavar="DATASET", help=f"some of: {', '.join(FILES)} (default: all)")
    parser.add_argument(
        "--data", type=Path, default=DATA, help="the twinning folder (default: ../shared/data/twinning)"
    )
    args = parser.parse_args()
    unknown = [name for name in args.datasets if name not in FILES]
    if unknown:
        parser.error(f"unknown dataset(s): {', '.join(unknown)}")
    run(args.data, args.datasets or list(FILES))


if __name__ == "__main__":
    main()
