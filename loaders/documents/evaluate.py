"""Measure the document loader against gold annotations (../gold/FORMAT.md).

The documents are loaded into a scratch store, exported as node-link JSON, and compared
with MODEL.md's rule: a gold relation is found when an exported edge has its type and both
ends are nodes whose name or aliases *contain* the gold entity's name or one of its aliases.

"Contain" is decided on folded forms (``graph.text.fold``: case, accents, punctuation and
markdown emphasis ignored), as a whole-word substring: the node form "Commission de CGLU sur
l'inclusion sociale" contains "CGLU" and "commission de cglu sur l'inclusion sociale", not
"CGL". Symmetric types (TWINNED_WITH) match in either direction.

Scope per document: predicted entities are the nodes MENTIONED_IN it; predicted relations
are the edges (MENTIONED_IN excluded, which gold does not annotate) whose provenance cites it.
An entity also needs its kind to be the gold kind or one of its ``alt_kinds``.
Precision = predicted items matching some gold item / predicted items; recall = gold items
matched by some predicted item / gold items; overall figures are micro-averaged.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from munigraph.graph.errors import MunigraphError
from munigraph.graph.export import node_link
from munigraph.graph.schema import load_model
from munigraph.graph.scratch import scratch_store
from munigraph.graph.text import fold
from munigraph.loaders.documents import load_document


def _forms(item: dict[str, Any]) -> list[str]:
    forms = [item.get("name") or "", *(item.get("aliases") or [])]
    return [f for f in dict.fromkeys(fold(f) for f in forms) if f]


@cache
def _contains(node_form: str, gold_form: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(gold_form)}(?!\w)", node_form))


def matches(node: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a node's name or aliases contain the gold entity's name or one of its aliases."""
    node_forms, gold_forms = _forms(node), _forms(gold)
    return any(_contains(n, g) for n in node_forms for g in gold_forms)


def _prf(found: int, predicted: int, recalled: int, gold: int) -> dict[str, float | int]:
    precision = found / predicted if predicted else 0.0
    recall = recalled / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "predicted": predicted,
        "correct": found,
        "gold": gold,
        "found": recalled,
    }


def score_document(export: dict[str, Any], doc_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Entity and relation scores of one document's facts in ``export`` against its gold file."""
    nodes = {n["id"]: n for n in export["nodes"]}
    mentioned = [nodes[e["source"]] for e in export["edges"] if e["type"] == "MENTIONED_IN" and e["target"] == doc_id]
    edges = [
        e
        for e in export["edges"]
        if e["type"] != "MENTIONED_IN" and any(p.get("document") == doc_id for p in e.get("provenance") or [])
    ]
    gold_entities = {g["id"]: g for g in gold.get("entities") or []}

    def kind_ok(node: dict, g: dict) -> bool:
        return node["kind"] in {g.get("kind"), *(g.get("alt_kinds") or [])}

    entity_correct = sum(any(kind_ok(n, g) and matches(n, g) for g in gold_entities.values()) for n in mentioned)
    entity_found = sum(any(kind_ok(n, g) and matches(n, g) for n in mentioned) for g in gold_entities.values())
    symmetric = {name for name, spec in load_model().relationships.items() if spec.symmetric}

    def edge_matches(edge: dict, rel: list) -> bool:
        subject, rel_type, obj = gold_entities.get(rel[0]), rel[1], gold_entities.get(rel[2])
        if edge["type"] != rel_type or subject is None or obj is None:
            return False
        source, target = nodes[edge["source"]], nodes[edge["target"]]
        if matches(source, subject) and matches(target, obj):
            return True
        return rel_type in symmetric and matches(source, obj) and matches(target, subject)

    relations = gold.get("relations") or []
    relation_correct = sum(any(edge_matches(e, r) for r in relations) for e in edges)
    relation_found = sum(any(edge_matches(e, r) for e in edges) for r in relations)
    missed = [f"{r[0]} {r[1]} {r[2]}" for r in relations if not any(edge_matches(e, r) for e in edges)]
    extra = [
        f"{e['source']} {e['type']} {e['target']}" for e in edges if not any(edge_matches(e, r) for r in relations)
    ]
    return {
        "entities": _prf(entity_correct, len(mentioned), entity_found, len(gold_entities)),
        "relations": _prf(relation_correct, len(edges), relation_found, len(relations)),
        "missed": missed,
        "extra": extra,
    }


def evaluate(gold_dir: str | Path, docs_dir: str | Path) -> dict[str, Any]:
    """Load the documents of every ``*.gold.yaml`` into a scratch store and score them."""
    gold_dir, docs_dir = Path(gold_dir), Path(docs_dir)
    golds = {path: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(gold_dir.glob("*.gold.yaml"))}
    if not golds:
        raise MunigraphError(f"{gold_dir}: no *.gold.yaml files")
    result: dict[str, Any] = {"documents": {}, "errors": {}}
    with scratch_store() as store:
        loaded = {}
        for _path, gold in golds.items():
            document = docs_dir / gold["document"]
            try:
                load_document(store, document)
                loaded[gold["document"]] = str(document)
            except MunigraphError as exc:
                result["errors"][gold["document"]] = str(exc)
        export = node_link(store)
    doc_ids = {n.get("path"): n["id"] for n in export["nodes"] if n["kind"] == "Document"}
    totals = {"entities": [0, 0, 0, 0], "relations": [0, 0, 0, 0]}
    for gold in golds.values():
        name = gold["document"]
        if name not in loaded:
            continue
        scores = score_document(export, doc_ids[loaded[name]], gold)
        result["documents"][name] = scores
        for part in totals:
            s = scores[part]
            totals[part] = [
                a + b for a, b in zip(totals[part], (s["correct"], s["predicted"], s["found"], s["gold"]), strict=False)
            ]
    for gold in golds.values():  # documents that failed to load count as found nothing
        if gold["document"] not in loaded:
            totals["entities"][3] += len(gold.get("entities") or [])
            totals["relations"][3] += len(gold.get("relations") or [])
    result["overall"] = {part: _prf(*values) for part, values in totals.items()}
    return result


def format_report(result: dict[str, Any]) -> str:
    """A table: precision, recall and F1 of entities and relations, per document and overall."""
    header = f"{'document':<52} {'kind':<10} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}"
    lines = [header, "-" * len(header)]
    rows = [*result["documents"].items(), ("OVERALL", result["overall"])]
    for name, scores in rows:
        for part in ("entities", "relations"):
            s = scores[part]
            lines.append(
                f"{name[:52]:<52} {part:<10} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                f"{s['predicted']:>5} {s['gold']:>5}"
            )
    for name, error in result.get("errors", {}).items():
        lines.append(f"{name}: not loaded ({error})")
    for name, scores in result["documents"].items():
        if scores["missed"]:
            lines.append(f"\n{name}: missed relations")
            lines += [f"  - {m}" for m in scores["missed"]]
    return "\n".join(lines)
