"""The evaluation against ../shared/gold: the loader must reach relation F1 >= 0.90 there."""

from __future__ import annotations

from pathlib import Path

import yaml
from munigraph.loaders.documents.evaluate import evaluate, format_report, matches, score_document

from tests.conftest import CORPUS, GOLD, needs_shared


def test_relation_f1_on_the_gold_documents() -> None:
    needs_shared(GOLD)
    result = evaluate(GOLD, CORPUS)
    assert result["errors"] == {}
    assert sorted(result["documents"]) == [
        "human-rights-cities-session-2022-02-23.fr.txt",
        "peace-talks-2022-04-01.fr.txt",
    ]
    overall = result["overall"]["relations"]
    assert overall["gold"] == 40
    assert overall["f1"] >= 0.90
    assert result["overall"]["entities"]["recall"] == 1.0
    report = format_report(result)
    assert report.splitlines()[0].split() == ["document", "kind", "P", "R", "F1", "pred", "gold"]
    assert "OVERALL" in report


def test_containment_is_whole_words_case_and_accent_insensitive() -> None:
    node = {"name": "Commission de CGLU sur l'inclusion sociale", "aliases": ["Commission sur les droits humains"]}
    assert matches(node, {"name": "CGLU", "aliases": []})
    assert matches(node, {"name": "x", "aliases": ["COMMISSION SUR LES DROITS HUMAINS"]})
    assert matches({"name": "Elsa Touré", "aliases": []}, {"name": "Elsa Toure"})
    assert not matches(node, {"name": "CGL", "aliases": []})
    assert not matches({"name": "Vienne", "aliases": []}, {"name": "Vienna", "aliases": ["Wien"]})


def test_scores_follow_the_rule(tmp_path: Path) -> None:
    export = {
        "nodes": [
            {"id": "doc:1", "kind": "Document", "name": "d", "aliases": []},
            {"id": "person:a", "kind": "Person", "name": "Ann Lee", "aliases": ["Ann Lee"]},
            {"id": "city:1", "kind": "City", "name": "Vienna", "aliases": ["Vienne"]},
            {"id": "org:x", "kind": "Organisation", "name": "Other", "aliases": []},
        ],
        "edges": [
            {"source": "person:a", "target": "doc:1", "type": "MENTIONED_IN", "provenance": [{"document": "doc:1"}]},
            {"source": "city:1", "target": "doc:1", "type": "MENTIONED_IN", "provenance": [{"document": "doc:1"}]},
            {"source": "org:x", "target": "doc:1", "type": "MENTIONED_IN", "provenance": [{"document": "doc:1"}]},
            {
                "source": "person:a",
                "target": "city:1",
                "type": "AFFILIATED_WITH",
                "provenance": [{"document": "doc:1"}],
            },
            {"source": "person:a", "target": "org:x", "type": "AFFILIATED_WITH", "provenance": [{"document": "doc:1"}]},
            {"source": "person:a", "target": "city:1", "type": "HOLDS_OFFICE", "provenance": [{"document": "doc:2"}]},
        ],
    }
    gold = yaml.safe_load(
        """
        entities:
          - {id: 'p', kind: Person, name: Ann Lee}
          - {id: 'c', kind: City, name: Vienna, aliases: [Vienne]}
        relations:
          - ['p', AFFILIATED_WITH, 'c', {}, 'Ann Lee, Vienne']
          - ['p', HOLDS_OFFICE, 'c', {role: mayor}, 'Ann Lee, maire de Vienne']
        """
    )
    scores = score_document(export, "doc:1", gold)
    assert scores["entities"] == {
        "precision": 0.6667, "recall": 1.0, "f1": 0.8, "predicted": 3, "correct": 2, "gold": 2, "found": 2,
    }  # fmt: skip
    assert scores["relations"] == {
        "precision": 0.5, "recall": 0.5, "f1": 0.5, "predicted": 2, "correct": 1, "gold": 2, "found": 1,
    }  # fmt: skip
    assert scores["missed"] == ["p HOLDS_OFFICE c"]
    assert scores["extra"] == ["person:a AFFILIATED_WITH org:x"]
