"""The four real twinning datasets, loaded once into the real store, against figures
computed here from the raw files (not from the loader's own code)."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from munigraph.graph.resolution import partners
from munigraph.graph.resolution.merges import list_merges
from munigraph.graph.store import Store
from munigraph.graph.text import fold
from munigraph.loaders import LoadReport
from munigraph.loaders.tabular import load_table

from tests.conftest import TWINNING

WIKIPEDIA = TWINNING / "wikipedia-2026" / "app_public_twin_cities.csv"
P190 = TWINNING / "wikidata-p190-2016" / "relations.tsv"
P190_NAMES = TWINNING / "wikidata-p190-2016" / "names.tsv"
EU = TWINNING / "wikidata-eu-2018" / "sistercities.tsv"
KONECT = TWINNING / "konect-twin-2017" / "out.twin"
FILES = {"wikipedia-2026": WIKIPEDIA, "wikidata-p190-2016": P190, "wikidata-eu-2018": EU, "konect-twin-2017": KONECT}


@pytest.fixture(scope="module")
def loaded(session_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """All four datasets in one store (mappings picked by header), with reports and rejects."""
    if not TWINNING.exists():
        pytest.skip(f"{TWINNING} is not here (the shared folder sits beside the clone)")
    session_store.reset()
    rejects = tmp_path_factory.mktemp("rejects") / "rejects.txt"
    reports = {name: load_table(session_store, path, rejects=rejects) for name, path in FILES.items()}
    yield {"store": session_store, "reports": reports, "rejects": rejects}
    session_store.reset()


def _edges(store: Store, dataset: str) -> list[dict]:
    return store.read(
        "MATCH (a:City)-[t:TWINNED_WITH]->(b:City) WHERE $d IN t.sources "
        "RETURN a.id AS a, b.id AS b, t.provenance AS provenance, t.stated_by AS stated_by, "
        "t.stated_from AS stated_from",
        d=dataset,
    )


def _rows_in(edges: list[dict], dataset: str) -> set[int]:
    rows = set()
    for edge in edges:
        for record in map(json.loads, edge["provenance"]):
            if record.get("dataset") == dataset:
                rows.add(int(record["row"]))
    return rows


def _rejected_lines(loaded: dict, path: Path) -> set[int]:
    lines = set()
    for entry in loaded["reports"][_name(path)].rejected:
        file, line, reason = entry.split(":", 2)
        assert file == str(path) and reason.strip()
        lines.add(int(line))
    return lines


def _name(path: Path) -> str:
    return next(name for name, p in FILES.items() if p == path)


def _twin_forms(store: Store, city_id: str, dataset: str) -> list[set[str]]:
    rows = store.read(
        "MATCH (c:City {id: $id})-[t:TWINNED_WITH]-(o:City) WHERE $d IN t.sources RETURN o.keys AS keys",
        id=city_id,
        d=dataset,
    )
    return [set(r["keys"]) for r in rows]


# -- every row is accounted for ------------------------------------------------------------


@pytest.mark.parametrize("path", [WIKIPEDIA, P190, EU, KONECT], ids=lambda p: p.parent.name)
def test_every_data_row_is_loaded_or_rejected_with_a_reason(loaded: dict, path: Path) -> None:
    name = _name(path)
    with path.open(encoding="utf-8") as handle:
        data_lines = {n for n, line in enumerate(handle, start=1) if line.strip() and not line.startswith("%")}
    if path in (WIKIPEDIA, EU):
        data_lines.discard(1)  # the header
    report: LoadReport = loaded["reports"][name]
    assert report.rows_read == len(data_lines)
    loaded_rows = _rows_in(_edges(loaded["store"], name), name)
    rejected = _rejected_lines(loaded, path)
    assert loaded_rows | rejected == data_lines
    assert not loaded_rows & rejected
    written = loaded["rejects"].read_text(encoding="utf-8").splitlines()
    assert set(report.rejected) <= set(written)


# -- graph shape -----------------------------------------------------------------------------


def test_konect_graph_shape_is_kept_exactly(loaded: dict) -> None:
    pairs, nodes = set(), set()
    for line in KONECT.read_text(encoding="utf-8").splitlines():
        if line.startswith("%") or not line.strip():
            continue
        a, b = line.split()[:2]
        pairs.add(frozenset((a, b)))
        nodes |= {a, b}
    store = loaded["store"]
    assert len(_edges(store, "konect-twin-2017")) == len(pairs) == 20573
    found = store.read("MATCH (c:City) WHERE c.id STARTS WITH 'city:konect:' RETURN count(c) AS n")[0]["n"]
    assert found == len(nodes) == 14274
    node_1 = store.read("MATCH (c:City {id: 'city:konect:1'}) RETURN c.name AS name, c.resolved AS resolved")
    assert node_1 == [{"name": "KONECT node 1", "resolved": False}]
    assert all(e["stated_by"] is None for e in _edges(store, "konect-twin-2017")[:50])


def test_p190_pairs_and_sides(loaded: dict) -> None:
    """Distinct undirected pairs and two-sided statements, from the raw QIDs."""
    directed = {tuple(line.split("\t")) for line in P190.read_text(encoding="utf-8").split("\n") if line}
    undirected = {frozenset(p) for p in directed}
    both = {p for p in undirected if len(p) == 2 and tuple(p)[::-1] in directed and tuple(p) in directed}
    assert (len(undirected), len(both)) == (17401, 16777)  # the figures SOURCES.md states
    edges = _edges(loaded["store"], "wikidata-p190-2016")
    # resolution can only join pairs (two items that are one city), never split them
    assert len(edges) <= len(undirected)
    assert sum(e["stated_by"] == "both" for e in edges) <= len(both)
    assert all(e["stated_by"] in ("one", "both") for e in edges)
    assert all((e["stated_by"] == "both") == (len(e["stated_from"]) == 2) for e in edges)


def _p190_twins(label: str) -> tuple[dict[str, str], set[str]]:
    """wikidata-p190-2016's labels by item, and the items the file twins with the one labelled ``label``."""
    labels = dict(line.split("\t", 1) for line in P190_NAMES.read_text(encoding="utf-8").splitlines())
    item = next(q for q, name in labels.items() if name == label)
    twins = set()
    for line in P190.read_text(encoding="utf-8").splitlines():
        a, b = line.split("\t")
        if item in (a, b):
            twins.add(b if a == item else a)
    return labels, twins


def test_munich_twins_from_p190(loaded: dict) -> None:
    labels, twins = _p190_twins("München")
    expected = {fold(labels[q]) for q in twins}
    found = _twin_forms(loaded["store"], "city:geonames:2867714", "wikidata-p190-2016")
    assert len(found) == len(twins)
    assert all(any(label in keys for keys in found) for label in expected)


def test_berat_twins_from_wikipedia(loaded: dict) -> None:
    partners = set()
    with WIKIPEDIA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if (row["city1"], row["country1"]) == ("Berat", "Albania"):
                partners.add(row["city2"])
            elif (row["city2"], row["country2"]) == ("Berat", "Albania"):
                partners.add(row["city1"])
    berat = loaded["store"].read("MATCH (c:City) WHERE 'berat' IN c.keys AND c.country = 'AL' RETURN c.id AS id")
    assert len(berat) == 1
    found = _twin_forms(loaded["store"], berat[0]["id"], "wikipedia-2026")
    assert len(found) == len(partners)
    assert all(any(fold(p) in keys for keys in found) for p in partners)


def test_wikipedia_two_sided_statement(loaded: dict) -> None:
    """A pair listed on both cities' pages is one link stated by both; a one-page pair by one."""
    rows = {}
    with WIKIPEDIA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows[(row["city1"], row["city2"])] = row
    assert ("Berat", "Fermo") in rows and ("Fermo", "Berat") not in rows
    store = loaded["store"]
    query = (
        "MATCH (a:City)-[t:TWINNED_WITH]-(b:City) WHERE $a IN a.keys AND $b IN b.keys AND $d IN t.sources "
        "RETURN DISTINCT t.stated_by AS stated_by"
    )
    assert store.read(query, a="berat", b="fermo", d="wikipedia-2026") == [{"stated_by": "one"}]
    assert ("Chengdu", "Sheffield") in rows and ("Sheffield", "Chengdu") in rows
    found = store.read(query, a="chengdu", b="sheffield", d="wikipedia-2026")
    assert found == [{"stated_by": "both"}]


def test_eu_near_duplicate_rows_collapse(loaded: dict) -> None:
    groups: dict[tuple, list[int]] = defaultdict(list)
    with EU.open(encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for line, row in enumerate(reader, start=2):
            groups[(*row[0:4], *row[5:8], row[9])].append(line)  # all but distance and populations
    repeated = [lines for lines in groups.values() if len(lines) > 1]
    assert repeated  # the defect SOURCES.md describes is in the file
    rejected = _rejected_lines(loaded, EU)
    by_row = {}
    for index, edge in enumerate(_edges(loaded["store"], "wikidata-eu-2018")):
        for row in _rows_in([edge], "wikidata-eu-2018"):
            by_row[row] = index
    for lines in repeated:
        kept = [line for line in lines if line not in rejected]
        assert len({by_row[line] for line in kept}) <= 1, lines


# -- one city, one node ----------------------------------------------------------------------


def test_one_city_is_one_node_across_sources(loaded: dict) -> None:
    store = loaded["store"]
    xian = store.read("MATCH (c:City {id: 'city:geonames:1790630'}) RETURN c.sources AS s, c.keys AS k")
    assert set(xian[0]["s"]) >= {"wikipedia-2026", "wikidata-eu-2018", "wikidata-p190-2016"}
    assert "xi'an" in xian[0]["k"]
    munich = store.read("MATCH (c:City {id: 'city:geonames:2867714'}) RETURN c.sources AS s, c.keys AS k")
    assert set(munich[0]["s"]) >= {"wikipedia-2026", "wikidata-p190-2016"}
    assert {"munich", "munchen"} <= set(munich[0]["k"])
    assert store.read("MATCH (c:City) WHERE 'xi an' IN c.keys OR \"xi'an\" IN c.keys RETURN count(c) AS n") == [
        {"n": 1}
    ]


def test_unresolved_cities_are_kept_flagged_and_reported(loaded: dict) -> None:
    store = loaded["store"]
    # an unresolved city another source's links show to be a resolved namesake was joined to it
    joined = {m["joined"] for m in list_merges(store) if m.get("rule") == partners.RULE}
    assert any(j.startswith("city:wikidata:") for j in joined)
    for name in ("wikipedia-2026", "wikidata-eu-2018", "wikidata-p190-2016"):
        report = loaded["reports"][name]
        flagged = store.read(
            "MATCH (c:City) WHERE c.resolved = false AND $d IN c.sources AND NOT c.id STARTS WITH 'city:konect:' "
            "RETURN count(c) AS n",
            d=name,
        )[0]["n"]
        assert 0 < flagged <= len(report.unresolved) <= flagged + len(joined)
    stari = store.read("MATCH (c:City) WHERE 'stari grad sarajevo' IN c.keys RETURN c.id AS id, c.resolved AS r")
    assert stari == [{"id": "city:ba:stari-grad-sarajevo", "r": False}]
    qid = store.read("MATCH (c:City) WHERE c.id STARTS WITH 'city:wikidata:' RETURN c.wikidata_id AS q, c.id AS id")
    assert qid and all(r["id"] == f"city:wikidata:{r['q']}" for r in qid)


def test_wikidata_ids_are_kept(loaded: dict) -> None:
    munich = loaded["store"].read("MATCH (c:City {id: 'city:geonames:2867714'}) RETURN c.wikidata_id AS q")
    assert munich == [{"q": "Q1726"}]


def test_self_links_are_rejected_with_the_reason(loaded: dict) -> None:
    line = next(
        n
        for n, row in enumerate(csv.reader(WIKIPEDIA.open(encoding="utf-8")), start=1)
        if row[0] == row[4] == "Nienburg" and row[2:4] == row[6:8]
    )
    entry = next(e for e in loaded["reports"]["wikipedia-2026"].rejected if e.startswith(f"{WIKIPEDIA}:{line}:"))
    assert "self-link: 'Nienburg' and 'Nienburg' are both city:geonames:" in entry


def test_resolution_share_of_wikipedia(loaded: dict) -> None:
    """The issue's target: at least 90% of the Wikipedia list's cities resolved. Counties,
    districts and regions are places but no cities: kept apart, flagged with their level."""
    row = loaded["store"].read(
        "MATCH (c:City) WHERE 'wikipedia-2026' IN c.sources AND c.level IS NULL "
        "RETURN count(c) AS n, sum(CASE WHEN c.resolved THEN 1 ELSE 0 END) AS resolved"
    )[0]
    assert row["resolved"] / row["n"] >= 0.90
    levels = loaded["store"].read(
        "MATCH (c:City) WHERE 'wikipedia-2026' IN c.sources AND c.level IS NOT NULL "
        "RETURN c.level AS level, c.resolved AS resolved, count(c) AS n"
    )
    assert levels and all(r["resolved"] is False for r in levels)
    assert {r["level"] for r in levels} >= {"county", "district"}


def test_the_hague_twins_from_p190_are_the_file_s_in_the_right_countries(loaded: dict) -> None:
    # the diplomat: Bethlehem is not Belém (Brazil), Nazareth not Nazrēt (Ethiopia)
    labels, twins = _p190_twins("Den Haag")
    rows = loaded["store"].read(
        "MATCH (h:City {id: 'city:geonames:2747373'})-[t:TWINNED_WITH]-(c:City) WHERE $d IN t.sources "
        "RETURN c.name AS name, c.country AS country, c.keys AS keys",
        d="wikidata-p190-2016",
    )
    assert len(rows) == len(twins) == 5
    assert all(any(fold(labels[q]) in r["keys"] for r in rows) for q in twins)
    countries = {fold(labels[q]): next(r["country"] for r in rows if fold(labels[q]) in r["keys"]) for q in twins}
    # written here from what the places are: Bethlehem has four namesakes and no country in
    # the file, so it may stay unresolved, but never lands in another country
    assert countries.pop("bethlehem") in ("PS", None)
    assert countries == {"warschau": "PL", "nazareth": "IL", "palembang": "ID", "juigalpa": "NI"}
    assert {r["name"] for r in rows} >= {"Warsaw", "Nazareth", "Palembang", "Juigalpa"}


def test_vienna_s_twins_exclude_its_districts(loaded: dict) -> None:
    import re

    own, districts = set(), set()
    with WIKIPEDIA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for mine, other in ((row["city1"], row["city2"]), (row["city2"], row["city1"])):
                if mine == "Vienna":
                    own.add(fold(other))
                elif re.match(r"Vienna \d+ \u2013 ", mine):
                    districts.add(fold(other))
    districts -= own
    assert len(districts) >= 15  # Brooklyn (New York), Taitō (Tokyo), Prague 1 (Prague), ...
    found = _twin_forms(loaded["store"], "city:geonames:2761369", "wikipedia-2026")
    assert not [form for keys in found for form in keys if form in districts]
    vienna = loaded["store"].read("MATCH (c:City {id: 'city:geonames:2761369'}) RETURN c.keys AS keys")[0]
    assert not [k for k in vienna["keys"] if k.startswith("vienna ") and k[7:8].isdigit()]


def test_nameless_konect_nodes_stay_out_of_hubs_unless_asked(loaded: dict) -> None:
    from munigraph.graph.named import run

    store = loaded["store"]
    assert store.read("MATCH (c:City) WHERE c.id STARTS WITH 'city:konect:' AND c.anonymous RETURN count(c) AS n")[0][
        "n"
    ] == len({n for line in KONECT.read_text().splitlines() if not line.startswith("%") for n in line.split()})
    default = run(store, "hubs", {"kind": "City", "ties": "TWINNED_WITH", "limit": 10})
    assert default and not [r for r in default if r["id"].startswith("city:konect:")]
    asked = run(store, "hubs", {"kind": "City", "ties": "TWINNED_WITH", "dataset": "konect-twin-2017", "limit": 10})
    assert asked and all(r["id"].startswith("city:konect:") for r in asked)


def test_every_relationship_says_where_it_came_from(loaded: dict) -> None:
    """IN_COUNTRY included: the dataset row that placed the city in its country."""
    store = loaded["store"]
    rows = store.read(
        "MATCH ()-[r]->() WITH type(r) AS type, r "
        "RETURN type, count(r) AS total, sum(CASE WHEN size(coalesce(r.provenance, [])) = 0 THEN 1 ELSE 0 END) AS bare"
    )
    assert {row["type"] for row in rows} >= {"TWINNED_WITH", "IN_COUNTRY"}
    assert [row for row in rows if row["bare"]] == []
    placed = store.read("MATCH (c:City)-[r:IN_COUNTRY]->(:Country) RETURN r.provenance AS p LIMIT 1")[0]["p"]
    first = json.loads(placed[0])
    assert first["dataset"] in FILES and isinstance(first["row"], int)
