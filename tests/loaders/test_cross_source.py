"""One city is one node across sources: a twinning table, a curated file and a document."""

from __future__ import annotations

from pathlib import Path

from munigraph.graph.store import Store
from munigraph.loaders.curated import load_curated
from munigraph.loaders.documents import load_document
from munigraph.loaders.tabular import load_table

from tests.conftest import CORPUS, needs_shared

DEMO = Path(__file__).resolve().parents[2] / "loaders" / "demo"
COUNCIL = CORPUS / "policy-council-opportunities-culture-diplomacy.fr.txt"


def test_xian_is_one_node_from_table_curated_file_and_document(tmp_path: Path, store: Store) -> None:
    needs_shared(COUNCIL)
    load_table(store, DEMO / "twinning" / "wikipedia-2026-sample.csv", rejects=tmp_path / "r.txt")
    load_curated(store, DEMO / "uclg.yaml")
    load_document(store, COUNCIL)
    rows = store.read('MATCH (c:City) WHERE "xi\'an" IN c.keys RETURN c.id AS id, c.sources AS sources')
    assert len(rows) == 1 and rows[0]["id"] == "city:geonames:1790630"
    assert {"wikipedia-2026", "uclg-demo", str(COUNCIL)} <= set(rows[0]["sources"])
    hague = store.read("MATCH (c:City) WHERE 'la haye' IN c.keys RETURN c.id AS id")
    assert hague == [{"id": "city:geonames:2747373"}]
