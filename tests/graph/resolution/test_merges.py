"""Merge records: every surface form resolution put into a node can be listed and undone."""

from __future__ import annotations

import json

import pytest
from munigraph.graph.errors import QueryError
from munigraph.graph.resolution.merges import list_merges, undo_merge
from munigraph.loaders.documents import load_document

from tests.conftest import CORPUS, needs_shared

COUNCIL = CORPUS / "policy-council-opportunities-culture-diplomacy.fr.txt"


def test_list_and_undo_a_merge(store) -> None:
    needs_shared(COUNCIL)
    load_document(store, COUNCIL)
    doc_id = store.read("MATCH (d:Document) RETURN d.id AS id")[0]["id"]
    vng = [(m["form"], m["rule"], m["score"], m["document"]) for m in _merges(store, "org:vng")]
    assert vng == [
        ("Association des municipalités néerlandaises", "org:table-form", 1.0, doc_id),
        ("VNG", "org:table-form", 1.0, doc_id),
        ("Association des municipalités néerlandaises (VNG)", "org:table-form", 1.0, doc_id),
    ]
    hague = _merges(store, "city:geonames:2747373")
    assert [(m["name"], m["form"], m["rule"]) for m in hague] == [("The Hague", "La Haye", "city:alternate-name")]
    assert {m["id"] for m in list_merges(store)} >= {"org:uclg", "person:jan-van-zanen", "org:vng"}

    done = undo_merge(store, "org:vng", "vng")
    assert done == {
        "node": "org:vng",
        "form": "VNG",
        "new_node": "org:vng~vng",
        "relationships_moved": 1,
        "records_removed": 1,
        "judgement": "negative",
    }
    nodes = store.read(
        "MATCH (n:Organisation) WHERE n.id STARTS WITH 'org:vng' RETURN n.id AS id, n.aliases AS a, n.keys AS k ORDER BY id"
    )
    assert nodes == [
        {
            "id": "org:vng",
            "a": [
                "Association of Netherlands Municipalities",
                "Association des municipalités néerlandaises",
                "Association des municipalités néerlandaises (VNG)",
            ],
            "k": [
                "association of netherlands municipalities",
                "association des municipalites neerlandaises",
                "association des municipalites neerlandaises vng",
            ],
        },
        {"id": "org:vng~vng", "a": ["VNG"], "k": ["vng"]},
    ]
    office = store.read(
        "MATCH (p)-[r:HOLDS_OFFICE]->(o) WHERE o.id STARTS WITH 'org:vng' RETURN p.id AS p, o.id AS o, r.role AS role, r.provenance AS prov"
    )
    assert [(r["p"], r["o"], r["role"]) for r in office] == [("person:jan-van-zanen", "org:vng~vng", "president")]
    assert "VNG" in json.loads(office[0]["prov"][0])["quote"]
    assert [m["form"] for m in _merges(store, "org:vng")] == [
        "Association des municipalités néerlandaises",
        "Association des municipalités néerlandaises (VNG)",
    ]
    judged = [m for m in list_merges(store, "org:vng") if m["judgement"] == "negative"]
    assert [(m["form"], m["split"], m["rule"]) for m in judged] == [("VNG", "org:vng~vng", "user")]

    # the judgement lasts: loading the document again does not merge VNG back
    load_document(store, COUNCIL)
    again = store.read(
        "MATCH (n:Organisation) WHERE n.id STARTS WITH 'org:vng' RETURN n.id AS id, n.keys AS k ORDER BY id"
    )
    assert [(r["id"], "vng" in r["k"]) for r in again] == [("org:vng", False), ("org:vng~vng", True)]
    office = store.read("MATCH (p)-[r:HOLDS_OFFICE]->(o) WHERE o.id STARTS WITH 'org:vng' RETURN p.id AS p, o.id AS o")
    assert [(r["p"], r["o"]) for r in office] == [("person:jan-van-zanen", "org:vng~vng")]


def _merges(store, node_id: str) -> list[dict]:
    return [m for m in list_merges(store, node_id) if m["judgement"] == "merge"]


def test_undo_refuses_a_form_that_was_not_merged(store) -> None:
    needs_shared(COUNCIL)
    load_document(store, COUNCIL)
    with pytest.raises(QueryError, match=r"org:vng has no merge of 'PAX' \(merged forms: Association des"):
        undo_merge(store, "org:vng", "PAX")
    with pytest.raises(QueryError, match="no node with id 'org:nothing'"):
        undo_merge(store, "org:nothing", "x")


def test_a_merge_made_again_keeps_one_record_and_the_time_it_was_first_made(store, monkeypatch) -> None:
    from munigraph.graph import store as store_module
    from munigraph.graph.facts import Batch, Entity

    def load(when: str, *forms: str) -> None:
        monkeypatch.setattr(store_module, "merge_time", lambda: when)
        batch = Batch("merge-times")
        batch.add(Entity("Organisation", "org:merge-times", "Merge Times", aliases=list(forms)), rule="org:acronym")
        store.write(batch)

    load("2026-01-01T00:00:00+00:00", "MT")
    load("2026-02-01T00:00:00+00:00", "MT")  # the same merge again
    load("2026-03-01T00:00:00+00:00", "MT", "M.T.")  # and a new one
    rows = [(m["form"], m["time"]) for m in list_merges(store, "org:merge-times")]
    assert rows == [("MT", "2026-01-01T00:00:00+00:00"), ("M.T.", "2026-03-01T00:00:00+00:00")]
    done = undo_merge(store, "org:merge-times", "MT")
    assert done["records_removed"] == 1
    assert [(m["form"], m["time"]) for m in list_merges(store, "org:merge-times") if m["judgement"] == "merge"] == [
        ("M.T.", "2026-03-01T00:00:00+00:00")
    ]
