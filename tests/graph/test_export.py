"""Exports on the real store: static GEXF 1.3 that networkx and Gephi read, GraphML and
node-link JSON that read back, and neo4j-admin CSV with typed dates and arrays."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import neo4j
import networkx as nx
import pytest
from munigraph.graph import export
from munigraph.graph.store import Store

from tests.webapp.conftest import sample_batch

GEXF_NS = "http://gexf.net/1.3"
# The attribute types of GEXF 1.3 (data.xsd) that networkx also reads back.
GEXF_TYPES = {"integer": int, "long": int, "float": float, "double": float, "boolean": None, "string": str}


@pytest.fixture
def sample(store: Store) -> Store:
    store.write(sample_batch())
    return store


def counts(graph: nx.MultiDiGraph) -> tuple[int, int]:
    return graph.number_of_nodes(), graph.number_of_edges()


def test_gexf_reads_back_with_the_same_counts(sample: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.gexf"
    export.write_gexf(sample, path)
    back = nx.read_gexf(path)
    assert counts(back) == counts(export.to_networkx(sample))
    assert back.nodes["event:peace-talks-s1"]["kind"] == "Event"
    assert back.nodes["event:peace-talks-s1"]["start_at"] == "2022-04-01T10:00:00+02:00"
    assert back.nodes["city:den-haag"]["aliases"] == "Den Haag; The Hague; La Haye"
    mention = next(d for _, _, d in back.edges(data=True) if d["relationship"] == "MENTIONED_IN")
    assert isinstance(mention["start_at"], int) and mention["label"] == "MENTIONED_IN"
    twin = next(d for _, _, d in back.edges(data=True) if d.get("until"))
    assert (twin["relationship"], twin["since"], twin["until"], twin["symmetric"]) == (
        "TWINNED_WITH",
        "2001-05-01",
        "2010-12-31",
        True,
    )


def test_gexf_is_static_gexf_1_3_as_gephi_expects(sample: Store, tmp_path: Path) -> None:
    """The structure GEXF 1.3's schema asks for (no copy of the XSD is available offline)."""
    path = tmp_path / "g.gexf"
    export.write_gexf(sample, path)
    root = ET.parse(path).getroot()
    assert root.tag == f"{{{GEXF_NS}}}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{{{GEXF_NS}}}graph")
    assert graph is not None
    assert graph.get("mode") == "static" and graph.get("timeformat") is None
    assert graph.get("defaultedgetype") == "directed"
    declared: dict[tuple[str, str], str] = {}
    for attributes in graph.findall(f"{{{GEXF_NS}}}attributes"):
        assert attributes.get("mode") == "static"
        for attribute in attributes:
            assert attribute.get("type") in GEXF_TYPES, attribute.attrib
            declared[(attributes.get("class"), attribute.get("id"))] = attribute.get("type")
    titles = {a.get("title") for a in graph.iter(f"{{{GEXF_NS}}}attribute")}
    assert {"kind", "relationship", "since", "until", "start_at"} <= titles
    assert not titles & {"start", "end", "spells", "type"}
    for cls, tag in (("node", "node"), ("edge", "edge")):
        for element in graph.iter(f"{{{GEXF_NS}}}{tag}"):
            assert element.get("start") is None and element.get("end") is None
            assert element.get("type") in (None, "directed", "undirected", "mutual")
            for value in element.iter(f"{{{GEXF_NS}}}attvalue"):
                kind = declared[(cls, value.get("for"))]
                if kind == "boolean":
                    assert value.get("value") in ("true", "false")
                else:
                    GEXF_TYPES[kind](value.get("value"))


def test_graphml_and_node_link_read_back(sample: Store, tmp_path: Path) -> None:
    expected = counts(export.to_networkx(sample))
    export.write_graphml(sample, tmp_path / "g.graphml")
    assert counts(nx.read_graphml(tmp_path / "g.graphml")) == expected
    data = json.loads(json.dumps(export.node_link(sample)))
    assert counts(nx.node_link_graph(data, edges="edges")) == expected


def header(folder: Path, name: str) -> list[str]:
    with (folder / name).open(encoding="utf-8") as handle:
        return next(csv.reader(handle))


def test_neo4j_csv_types_dates_and_arrays(sample: Store, tmp_path: Path) -> None:
    export.write_csv(sample, tmp_path)
    twins = header(tmp_path, "relationships_TWINNED_WITH.csv")
    assert "since:date" in twins and "until:date" in twins and "provenance:string[]" in twins
    events = header(tmp_path, "nodes_Event.csv")
    assert "start:datetime" in events  # a session starts at 10:00 on its day
    assert "aliases:string[]" in header(tmp_path, "nodes_City.csv")
    assert not [h for h in twins + events if h.endswith(":string") and h.split(":")[0] in ("since", "until", "start")]


@pytest.fixture
def queries_sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries sent to the engine since the fixture started."""
    sent: list[str] = []
    for cls in (neo4j.Session, neo4j.ManagedTransaction, neo4j.Transaction):

        def counted(self, query, *args, _run=cls.run, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            sent.append(query)
            return _run(self, query, *args, **kwargs)

        monkeypatch.setattr(cls, "run", counted)
    return sent


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "csv"])
def test_every_format_reads_nodes_once_and_relationships_once(
    sample: Store, tmp_path: Path, queries_sent: list[str], fmt: str
) -> None:
    writers = {
        "json": lambda: export.write_json(sample, tmp_path / "g.json"),
        "graphml": lambda: export.write_graphml(sample, tmp_path / "g.graphml"),
        "gexf": lambda: export.write_gexf(sample, tmp_path / "g.gexf"),
        "csv": lambda: export.write_csv(sample, tmp_path / "csv"),
    }
    with sample.shared_reads():
        writers[fmt]()
    assert len(queries_sent) == 2, queries_sent
    assert "MATCH (n:`City`)" in queries_sent[0] and queries_sent[1] == export.EDGES


def test_json_file_is_the_text_json_dumps_writes(sample: Store) -> None:
    streamed = io.StringIO()
    export.write_json(sample, streamed)
    assert streamed.getvalue() == json.dumps(export.node_link(sample), ensure_ascii=False, indent=1)


def test_json_of_an_empty_graph(store: Store) -> None:
    streamed = io.StringIO()
    export.write_json(store, streamed)
    assert streamed.getvalue() == json.dumps(export.node_link(store), ensure_ascii=False, indent=1)
    assert json.loads(streamed.getvalue())["nodes"] == []


@pytest.mark.parametrize(
    "value",
    [
        {"name": 'Zürich — "Zurich"\n\t\x01\u2028', "aliases": [], "extra": {}, "n": 3, "x": -0.5},
        {"nested": [{"a": [1, 2.0, True, False, None]}, [], [[]], {"b": {}}], "big": 10**30},
        {"nan": float("nan"), "inf": float("inf"), "-inf": float("-inf"), "e": 1e-07},
        [],
        {},
        "plain",
    ],
)
def test_json_encoder_writes_what_json_dumps_writes(value: object) -> None:
    assert export._json(value, 0) == json.dumps(value, ensure_ascii=False, indent=1)


def test_provenance_written_as_stored_is_what_parsing_and_dumping_wrote(sample: Store, tmp_path: Path) -> None:
    """GraphML, GEXF and CSV write each record's stored JSON text without a parse and a dump:
    the same text, accents kept, keys in the stored order."""
    export.write_graphml(sample, tmp_path / "g.graphml")
    written = [d["provenance"] for _, _, d in nx.read_graphml(tmp_path / "g.graphml").edges(data=True)]
    expected = [
        json.dumps(d["provenance"], ensure_ascii=False) for _, _, d in export.to_networkx(sample).edges(data=True)
    ]
    assert sorted(written) == sorted(expected) and any(p != "[]" for p in written)
    assert [json.loads(p) for p in sorted(written)] == [json.loads(p) for p in sorted(expected)]


@pytest.mark.parametrize(
    "records",
    [
        [],
        [{"source": "Genève.txt", "rule": "twins", "score": 0.9}],
        [{"b": 1, "a": [1, 2]}, {"dataset": "x", "row": 3}],
    ],
)
def test_provenance_text_is_json_dumps_of_the_parsed_records(records: list[dict]) -> None:
    stored = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]
    parsed = [json.loads(s) for s in stored]
    assert export._provenance_text(stored) == json.dumps(parsed, ensure_ascii=False)
