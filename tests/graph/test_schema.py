"""The model file is the one declaration: the docs and the checks come from it."""

from __future__ import annotations

from pathlib import Path

from munigraph.graph.schema import describe, load_model

ROOT = Path(__file__).resolve().parents[2]


def test_docs_are_generated_from_the_model() -> None:
    assert (ROOT / "docs" / "model.md").read_text(encoding="utf-8") == describe()


def test_kind_of_id_reads_the_prefix() -> None:
    model = load_model()
    assert model.kind_of_id("city:geonames:2747373") == "City"
    assert model.kind_of_id("org:uclg") == "Organisation"
    assert model.kind_of_id("town:x") is None


def test_relationship_endpoints_match_model_md() -> None:
    rels = load_model().relationships
    assert rels["TWINNED_WITH"].symmetric and rels["TWINNED_WITH"].sources == ("City",)
    assert rels["ATTENDED"].sources == ("Person", "Organisation", "City", "Section", "Council")
    assert rels["HOLDS_OFFICE"].key == ("role",)
