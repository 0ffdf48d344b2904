"""The tabular loader on small tables written here: mappings, symmetry, rejects, formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from munigraph.graph.errors import LoadError
from munigraph.graph.store import Store
from munigraph.loaders.mapping import load_mapping
from munigraph.loaders.tabular import load_table, pick_mapping

from tests.conftest import TWINNING

HEADER = "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"


def _csv(tmp_path: Path, rows: str, name: str = "twins.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def _links(store: Store) -> list[dict]:
    return store.read(
        "MATCH (a:City)-[t:TWINNED_WITH]->(b:City) "
        "RETURN a.name AS a, b.name AS b, t.stated_by AS stated_by, t.stated_from AS stated_from, "
        "size(t.provenance) AS rows ORDER BY a, b"
    )


@pytest.mark.parametrize(
    ("relative", "name"),
    [
        ("wikipedia-2026/app_public_twin_cities.csv", "wikipedia-2026"),
        ("wikidata-p190-2016/relations.tsv", "wikidata-p190-2016"),
        ("wikidata-eu-2018/sistercities.tsv", "wikidata-eu-2018"),
        ("konect-twin-2017/out.twin", "konect-twin-2017"),
    ],
)
def test_each_dataset_picks_its_mapping_by_header(relative: str, name: str) -> None:
    path = TWINNING / relative
    if not path.exists():
        pytest.skip(f"{path} is not here")
    assert pick_mapping(path).name == name


def test_unknown_header_is_refused_with_the_shipped_names(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"other.csv: no mapping matches its first line 'a,b,c'.*wikipedia-2026"):
        load_table(store, path)
    with pytest.raises(LoadError, match="unknown mapping 'nope'"):
        load_table(store, path, mapping="nope")


def test_both_directions_make_one_link_stated_by_both(tmp_path: Path, store: Store) -> None:
    path = _csv(
        tmp_path,
        "The Hague,Netherlands,52.08,4.30,Warsaw,Poland,52.23,21.01\n"
        "Warsaw,Poland,52.23,21.01,Den Haag,Netherlands,52.07,4.29\n"
        "The Hague,Netherlands,52.08,4.30,Nicosia,Cyprus,35.17,33.36\n",
    )
    report = load_table(store, path, rejects=tmp_path / "rejects.txt")
    assert (report.rows_read, report.rejected, report.unresolved) == (3, [], [])
    assert _links(store) == [
        {"a": "Nicosia", "b": "The Hague", "stated_by": "one", "stated_from": ["city:geonames:2747373"], "rows": 1},
        {
            "a": "The Hague",
            "b": "Warsaw",
            "stated_by": "both",
            "stated_from": ["city:geonames:2747373", "city:geonames:756135"],
            "rows": 2,
        },
    ]
    hague = store.read("MATCH (c:City {id: 'city:geonames:2747373'}) RETURN c.aliases AS a, c.country AS country")
    assert hague == [{"a": ["The Hague", "Den Haag"], "country": "NL"}]
    assert store.read("MATCH (:City)-[:IN_COUNTRY]->(k:Country {id: 'country:NL'}) RETURN k.name AS n") == [
        {"n": "Netherlands"}
    ]


def test_near_duplicates_collapse_and_a_second_load_changes_nothing(tmp_path: Path, store: Store) -> None:
    path = _csv(
        tmp_path,
        "Rome,Italy,41.89,12.51,Paris,France,48.85,2.35\nRome,Italy,41.90,12.50,Paris,France,48.86,2.34\n",
    )
    load_table(store, path, rejects=tmp_path / "r.txt")
    before = store.counts()
    again = load_table(store, path, rejects=tmp_path / "r.txt")
    assert store.counts() == before
    assert (again.entities_created, again.relationships_created) == (0, 0)
    assert _links(store) == [
        {"a": "Paris", "b": "Rome", "stated_by": "one", "stated_from": ["city:geonames:3169070"], "rows": 2}
    ]


def test_bad_rows_go_to_the_rejects_file_and_the_rest_loads(tmp_path: Path, store: Store) -> None:
    path = _csv(
        tmp_path,
        "Utrecht,Netherlands,52.09,5.12,Utrecht,Netherlands,52.09,5.12\n"
        ",Netherlands,52.09,5.12,Brno,Czech Republic,49.19,16.61\n"
        "Utrecht,Netherlands,abc,5.12,Brno,Czech Republic,49.19,16.61\n"
        "Utrecht,Netherlands,52.09,5.12,Brno,Czech Republic,49.19,16.61\n",
    )
    rejects = tmp_path / "rejects.txt"
    report = load_table(store, path, rejects=rejects)
    assert report.rejected == [
        f"{path}:2: self-link: 'Utrecht' and 'Utrecht' are both city:geonames:2745912",
        f"{path}:3: city1: empty name",
        f"{path}:4: city1: could not convert string to float: 'abc'",
    ]
    assert rejects.read_text(encoding="utf-8").splitlines() == report.rejected
    assert [(r["a"], r["b"]) for r in _links(store)] == [("Utrecht", "Brno")]


def test_unresolved_cities_are_kept_and_listed(tmp_path: Path, store: Store) -> None:
    path = _csv(tmp_path, "Qqqzzy Town,Germany,,,Lyon,France,45.75,4.85\n")
    report = load_table(store, path, rejects=tmp_path / "r.txt")
    assert report.unresolved == ["Qqqzzy Town (Germany)"]
    found = store.read("MATCH (c:City {id: 'city:de:qqqzzy-town'}) RETURN c.resolved AS r, c.country AS k")
    assert found == [{"r": False, "k": "DE"}]


def test_namesakes_without_coordinates_are_two_cities(tmp_path: Path, store: Store) -> None:
    """ "Trujillo" twinned with "Trujillo" in a label-only file: the second is the next one."""
    (tmp_path / "names.tsv").write_text("Q1\tTrujillo\nQ2\tTrujillo\n", encoding="utf-8")
    relations = tmp_path / "relations.tsv"
    relations.write_text("Q1\tQ2\n", encoding="utf-8")
    report = load_table(store, relations, rejects=tmp_path / "r.txt")
    assert report.rejected == []
    rows = store.read("MATCH (a:City)-[:TWINNED_WITH]-(b:City) RETURN DISTINCT a.country AS k ORDER BY k")
    assert len(rows) == 2 and rows[0]["k"] != rows[1]["k"]


def test_a_user_mapping_with_lookup_comments_encoding_and_constants(tmp_path: Path, store: Store) -> None:
    """A mapping written by a user: semicolons, Latin-1, comment lines, a lookup file, a constant."""
    (tmp_path / "countries.csv").write_text("code;label\nat;Austria\nfr;France\n", encoding="utf-8")
    data = tmp_path / "partners.txt"
    data.write_bytes("# exported by hand\nville;pays;partenaire;pays2\nVienne;fr;Esslingen;DE\n".encode("latin-1"))
    mapping = tmp_path / "mine.yaml"
    mapping.write_text(
        """
name: my-partnerships
language: fr
format: {delimiter: semicolon, header: true, encoding: latin-1, comment: "#"}
match: {header: [ville, pays, partenaire, pays2]}
lookups:
  country: {file: countries.csv, delimiter: semicolon, header: true, key: code, value: label}
entities:
  a: {kind: City, name: ville, country: {lookup: country, key: pays}}
  b: {kind: City, name: {column: partenaire, transforms: [clean]}, country: pays2}
relationships:
  - {type: TWINNED_WITH, source: a, target: b, properties: {kind: {constant: partnership}}}
""",
        encoding="utf-8",
    )
    assert load_mapping(mapping).name == "my-partnerships"
    report = load_table(store, data, mapping=str(mapping), rejects=tmp_path / "r.txt")
    assert (report.rows_read, report.rejected) == (1, [])
    rows = store.read(
        "MATCH (a:City)-[t:TWINNED_WITH]-(b:City {name: 'Esslingen'}) RETURN a.id AS id, a.country AS k, t.kind AS kind"
    )
    assert rows == [{"id": "city:geonames:2969284", "k": "FR", "kind": "partnership"}]


def test_a_broken_mapping_names_the_field(tmp_path: Path) -> None:
    mapping = tmp_path / "bad.yaml"
    mapping.write_text(
        "format: {header: false}\nentities: {a: {kind: City, name: x}}\n",
        encoding="utf-8",
    )
    with pytest.raises(LoadError, match="format.columns is required when the file has no header"):
        load_mapping(mapping)
    mapping.write_text(
        "entities: {a: {kind: City, name: {column: x, transforms: [shout]}}}\n",
        encoding="utf-8",
    )
    with pytest.raises(LoadError, match=r"entities.a.name: unknown transform 'shout'"):
        load_mapping(mapping)


def test_a_file_in_another_encoding_is_a_one_line_error(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes((HEADER + "Zürich,Switzerland,47.37,8.54,Kiel,Germany,54.32,10.13\n").encode("latin-1"))
    with pytest.raises(LoadError, match=r"latin.csv: not utf-8 text .*set format.encoding"):
        load_table(store, path, mapping="wikipedia-2026")
    assert store.counts()["nodes"]["City"] == 0


def test_a_name_ambiguous_alone_is_settled_by_the_partner_s_own_list(tmp_path: Path, store: Store) -> None:
    """In a label-only file, "Springfield" is ambiguous; the partner's link stated from the other
    side names it "Springfield, Illinois", so both rows join one city in Illinois."""
    (tmp_path / "names.tsv").write_text("Q1\tSpringfield\nQ2\tHarbin\nQ3\tSpringfield, Illinois\n", encoding="utf-8")
    relations = tmp_path / "relations.tsv"
    relations.write_text("Q1\tQ2\nQ2\tQ3\n", encoding="utf-8")
    load_table(store, relations, rejects=tmp_path / "r.txt")
    rows = store.read("MATCH (a:City)-[:TWINNED_WITH]-(:City {name: 'Harbin'}) RETURN DISTINCT a.admin1 AS region")
    assert rows == [{"region": "US.IL"}]


def test_a_table_without_coordinates_reads_a_namesake_beside_its_twin(tmp_path: Path, store: Store) -> None:
    """Alone "Kirchberg" is left unresolved (Germany has many); twinned with Zwickau it is the one beside it."""
    data = tmp_path / "partners.csv"
    data.write_text("town;land;partner;partner_land\nKirchberg;Germany;Zwickau;Germany\n", encoding="utf-8")
    mapping = tmp_path / "mine.yaml"
    mapping.write_text(
        """
name: neighbours
language: en
format: {delimiter: semicolon, header: true}
match: {header: [town, land, partner, partner_land]}
entities:
  a: {kind: City, name: town, country: land}
  b: {kind: City, name: partner, country: partner_land}
relationships:
  - {type: TWINNED_WITH, source: a, target: b}
""",
        encoding="utf-8",
    )
    report = load_table(store, data, mapping=str(mapping), rejects=tmp_path / "r.txt")
    assert report.unresolved == []
    found = store.read("MATCH (c:City) WHERE c.name = 'Kirchberg' RETURN c.admin1 AS region, c.resolved AS resolved")
    assert found == [{"region": "DE.13", "resolved": True}]
