"""The command line contract: exit statuses, one-line errors, machine-readable output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.store import Store

from munigraph.cli import main


def seed(store: Store) -> None:
    store.write(
        Batch(
            "seed.csv",
            [Entity("City", "city:a", "Aville", ["A-ville"], {"country": "FR"}), Entity("City", "city:b", "Bville")],
            [
                Relation(
                    "TWINNED_WITH", "city:a", "city:b", {"kind": "twinning"}, [Provenance(dataset="seed.csv", row=2)]
                )
            ],
        )
    )


def test_cypher_json_is_a_list_of_row_objects(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    seed(store)
    assert (
        main(["cypher", "MATCH (c:City) RETURN c.id AS id ORDER BY id", "--db", store.label, "--format", "json"]) == 0
    )
    assert json.loads(capsys.readouterr().out) == [{"id": "city:a"}, {"id": "city:b"}]


def test_cypher_csv_and_params(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    seed(store)
    query = "MATCH (c:City {id: $id}) RETURN c.name AS name"
    assert main(["--format", "csv", "cypher", query, "-p", "id=city:a", "--db", store.label]) == 0
    assert capsys.readouterr().out == "name\nAville\n"


def test_write_in_console_is_a_user_error(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cypher", "MATCH (c) DETACH DELETE c", "--db", store.label]) == 1
    err = capsys.readouterr().err
    assert (
        err == "munigraph: the console is read-only: DETACH is not allowed (use `munigraph load` to change the graph)\n"
    )


def test_bad_parameter_syntax(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cypher", "RETURN 1", "-p", "novalue", "--db", store.label]) == 1
    assert capsys.readouterr().err == "munigraph: parameter 'novalue' must be written key=value\n"


def test_misuse_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


def test_stats_json(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    seed(store)
    assert main(["stats", "--db", store.label, "--format", "json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["nodes"]["City"] == 2 and counts["relationships"]["TWINNED_WITH"] == 1


def test_export_json_is_node_link(store: Store, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    seed(store)
    assert main(["export", "--db", store.label]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["directed"] is True and data["multigraph"] is True
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["city:a"] == {
        "id": "city:a",
        "kind": "City",
        "name": "Aville",
        "aliases": ["Aville", "A-ville"],
        "country": "FR",
        "sources": ["seed.csv"],
    }
    assert data["edges"] == [
        {
            "source": "city:a",
            "target": "city:b",
            "key": 0,
            "type": "TWINNED_WITH",
            "kind": "twinning",
            "provenance": [{"dataset": "seed.csv", "row": 2}],
        }
    ]


def test_export_graphml_gexf_csv(store: Store, tmp_path: Path) -> None:
    import networkx as nx

    seed(store)
    assert main(["export", "--format", "graphml", "--out", str(tmp_path / "g.graphml"), "--db", store.label]) == 0
    graphml = nx.read_graphml(tmp_path / "g.graphml")
    assert sorted(graphml.nodes) == ["city:a", "city:b"] and graphml.nodes["city:a"]["aliases"] == "Aville; A-ville"
    assert main(["export", "--format", "gexf", "--out", str(tmp_path / "g.gexf"), "--db", store.label]) == 0
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == 1
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "csv"), "--db", store.label]) == 0
    lines = (tmp_path / "csv" / "relationships_TWINNED_WITH.csv").read_text().splitlines()
    assert lines[0].startswith(":START_ID,:END_ID,kind:string,") and lines[0].endswith(":TYPE")
    assert lines[1].startswith("city:a,city:b,twinning,")
    nodes = (tmp_path / "csv" / "nodes_City.csv").read_text().splitlines()
    assert nodes[0].startswith("id:ID,name:string,aliases:string[]") and nodes[0].endswith(":LABEL")


def test_export_needs_out_for_files(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "gexf", "--db", store.label]) == 1
    assert capsys.readouterr().err == "munigraph: --format gexf needs --out (a file, or a folder for csv)\n"


def test_load_missing_path_is_one_line(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", "/no/such/file.txt", "--db", store.label]) == 1
    assert capsys.readouterr().err == "munigraph: /no/such/file.txt: no such file or folder\n"


def test_load_unsupported_type(store: Store, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    odd = tmp_path / "photo.jpg"
    odd.write_bytes(b"\xff\xd8\xff")
    assert main(["load", str(odd), "--db", store.label]) == 1
    assert f"munigraph: {odd}: unsupported file type '.jpg'" in capsys.readouterr().err


def test_reset_needs_confirmation(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    seed(store)
    assert main(["reset", "--db", store.label]) == 1
    assert store.counts()["nodes"]["City"] == 2
    assert main(["reset", "--yes", "--db", store.label]) == 0
    assert store.counts()["nodes"]["City"] == 0


def test_load_sessions_makes_time_slots_session_events(store: Store, tmp_path: Path) -> None:
    agenda = tmp_path / "workshop.en.md"
    agenda.write_text(
        "# Urban Peace Workshop\n\nTuesday, 7 March 2023, 10:00-12:00 (CET)\n\n"
        "10:00-11:00 Local dialogue\n\nModerator: Jane Doe, Mayor of Lyon\n\n"
        "11:00-12:00 Next steps\n\nJohn Smith, Mayor of Utrecht\n",
        encoding="utf-8",
    )
    assert main(["load", "--sessions", str(agenda), "--db", store.label, "--format", "json"]) == 0
    main_event = "event:urban-peace-workshop-2023-03-07"
    rows = store.read(
        "MATCH (p:Person)-[a:ATTENDED]->(s:Event)-[:PART_OF]->(m:Event) WHERE m.id = $main "
        "RETURN p.id AS person, a.role AS role, s.id AS session, s.start AS start, s.end AS end ORDER BY person",
        main=main_event,
    )
    assert rows == [
        {
            "person": "person:jane-doe",
            "role": "moderator",
            "session": f"{main_event}-1000",
            "start": "2023-03-07T10:00:00+01:00",
            "end": "2023-03-07T11:00:00+01:00",
        },
        {
            "person": "person:john-smith",
            "role": "speaker",
            "session": f"{main_event}-1100",
            "start": "2023-03-07T11:00:00+01:00",
            "end": "2023-03-07T12:00:00+01:00",
        },
    ]
