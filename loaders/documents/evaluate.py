"""Measure the document loader against gold annotations (../gold/FORMAT.md).

The documents are loaded into a scratch store, exported as node-link JSON, and compared
with MODEL.md's rule: a node matches a gold entity when one of its folded names or aliases
equals, contains, or (when it has two words at least) is contained in one of the gold
entity's names or aliases.

Forms are folded (``graph.text.fold``: case, accents, punctuation and markdown emphasis
ignored; typographic and plain apostrophes are the same) and compared as whole words: the
node form "Commission de CGLU sur l'inclusion sociale" contains "CGLU", not "CGL"; the node
"Jean Dupont" is contained in the gold "M. Jean Dupont", the one-word node "Jean" is not.
Symmetric types (TWINNED_WITH) match in either direction.

Scope per document: predicted entities are the nodes MENTIONED_IN it; predicted relations
are the edges (MENTIONED_IN excluded, which gold does not annotate) whose provenance cites it.
An entity also needs its kind to be the gold kind or one of its ``alt_kinds``.
Precision = predicted items matching some gold item / predicted items; recall = gold items
matched by some predicted item / gold items; per-language and overall figures are
micro-averaged.

Property accuracy is measured on what was found (:data:`RELATION_PROPERTIES`,
:data:`ENTITY_PROPERTIES`): for each found gold relation and each property the gold gives it,
and for each matched gold entity and attribute, whether a matching prediction agrees.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})


def _fold(form: str) -> str:
    return fold(form.translate(_APOSTROPHES))


def _forms(item: dict[str, Any]) -> list[str]:
    forms = [item.get("name") or "", *(item.get("aliases") or [])]
    return [f for f in dict.fromkeys(_fold(f) for f in forms) if f]


@cache
def _contains(outer: str, inner: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer))


@cache
def _form_matches(node_form: str, gold_form: str) -> bool:
    if _contains(node_form, gold_form):
        return True
    return " " in node_form and _contains(gold_form, node_form)


def matches(node: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a node's name or aliases equal, contain or (two words at least) are contained in the gold entity's."""
    node_forms, gold_forms = _forms(node), _forms(gold)
    return any(_form_matches(n, g) for n in node_forms for g in gold_forms)


# -- property checks: (predicted value, gold value) -> agree ------------------------------


def _same(predicted: Any, gold: Any) -> bool:
    return predicted is not None and _fold(str(predicted)) == _fold(str(gold))


def _role_within(predicted: Any, gold: Any) -> bool:
    """The gold role word within the predicted role: gold "mayor" is within "deputy mayor"."""
    return predicted is not None and bool(_fold(str(gold))) and _contains(_fold(str(predicted)), _fold(str(gold)))


def _same_year(predicted: Any, gold: Any) -> bool:
    return predicted is not None and str(predicted)[:4] == str(gold)[:4]


def _same_country(predicted: Any, gold: Any) -> bool:
    return predicted is not None and str(predicted).upper() == str(gold).upper()


def _same_dates(node: dict[str, Any], gold: Any) -> bool:
    """Gold ``YYYY[-MM[-DD]]`` or ``A/B``: the node's start day (and end day, or start) at the gold precision."""
    first, _, last = str(gold).partition("/")
    last = last or first
    start = str(node.get("start") or "")
    end = str(node.get("end") or start)
    return bool(start) and start[: len(first)] == first and end[: len(last)] == last


RELATION_PROPERTIES: dict[tuple[str, str], Callable[[Any, Any], bool]] = {
    ("ATTENDED", "role"): _same,
    ("ATTENDED", "status"): _same,
    ("HOLDS_OFFICE", "role"): _role_within,
    ("TWINNED_WITH", "since"): _same_year,
}
"""(relation type, gold property) -> check of an edge's value against the gold value."""

ENTITY_PROPERTIES: dict[tuple[str, str], Callable[[dict[str, Any], Any], bool]] = {
    ("City", "country"): lambda node, gold: _same_country(node.get("country"), gold),
    ("Event", "date"): _same_dates,
}
"""(gold kind, gold attribute) -> check of a matched node against the gold attribute."""


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


def _accuracy(checks: dict[str, list[int]]) -> dict[str, Any]:
    """``{property: [correct, checked]}`` -> accuracy overall and by property."""
    correct = sum(c for c, _ in checks.values())
    checked = sum(n for _, n in checks.values())
    return {
        "accuracy": round(correct / checked, 4) if checked else 0.0,
        "correct": correct,
        "checked": checked,
        "by_property": {
            name: {"accuracy": round(c / n, 4) if n else 0.0, "correct": c, "checked": n}
            for name, (c, n) in sorted(checks.items())
        },
    }


def score_document(export: dict[str, Any], doc_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Entity, relation and property scores of one document's facts in ``export`` against its gold file."""
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

    entity_matches = {
        gid: [n for n in mentioned if kind_ok(n, g) and matches(n, g)] for gid, g in gold_entities.items()
    }
    entity_correct = sum(any(kind_ok(n, g) and matches(n, g) for g in gold_entities.values()) for n in mentioned)
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
    relation_edges = [[e for e in edges if edge_matches(e, r)] for r in relations]
    relation_correct = sum(any(edge_matches(e, r) for r in relations) for e in edges)
    missed = [f"{r[0]} {r[1]} {r[2]}" for r, found in zip(relations, relation_edges, strict=True) if not found]
    extra = [
        f"{e['source']} {e['type']} {e['target']}" for e in edges if not any(edge_matches(e, r) for r in relations)
    ]
    checks, wrong = _property_checks(relations, relation_edges, gold_entities, entity_matches)
    return {
        "entities": _prf(entity_correct, len(mentioned), sum(map(bool, entity_matches.values())), len(gold_entities)),
        "relations": _prf(relation_correct, len(edges), sum(map(bool, relation_edges)), len(relations)),
        "properties": _accuracy(checks),
        "entity_kinds": _kind_counts(mentioned, gold_entities, entity_matches, kind_ok),
        "missed": missed,
        "extra": extra,
        "wrong_properties": wrong,
    }


def _property_checks(
    relations: list[list],
    relation_edges: list[list[dict]],
    gold_entities: dict[str, dict],
    entity_matches: dict[str, list[dict]],
) -> tuple[dict[str, list[int]], list[str]]:
    """``{property: [correct, checked]}`` over found relations and matched entities, and the wrong ones."""
    checks: dict[str, list[int]] = {}
    wrong: list[str] = []

    def count(name: str, ok: bool, what: str, predicted: list) -> None:
        tally = checks.setdefault(name, [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            wrong.append(f"{what} {name}: gold {gold_value!r}, predicted {sorted(set(map(str, predicted)))}")

    for rel, found in zip(relations, relation_edges, strict=True):
        properties = rel[3] if len(rel) > 3 and isinstance(rel[3], dict) else {}
        for (rel_type, prop), check in RELATION_PROPERTIES.items():
            if rel[1] != rel_type or not found or properties.get(prop) in (None, ""):
                continue
            gold_value = properties[prop]
            ok = any(check(e.get(prop), gold_value) for e in found)
            count(f"{rel_type}.{prop}", ok, f"{rel[0]} {rel[1]} {rel[2]}", [e.get(prop) for e in found])
    for gid, g in gold_entities.items():
        attrs = g.get("attrs") or {}
        for (kind, attr), check in ENTITY_PROPERTIES.items():
            if g.get("kind") != kind or not entity_matches[gid] or attrs.get(attr) in (None, ""):
                continue
            gold_value = attrs[attr]
            ok = any(check(n, gold_value) for n in entity_matches[gid])
            shown = [n.get(attr) or "/".join(filter(None, (n.get("start"), n.get("end")))) for n in entity_matches[gid]]
            count(f"{kind}.{attr}", ok, gid, shown)
    return checks, wrong


def _kind_counts(
    mentioned: list[dict],
    gold_entities: dict[str, dict],
    entity_matches: dict[str, list[dict]],
    kind_ok: Callable[[dict, dict], bool],
) -> dict[str, list[int]]:
    """Per predicted or gold kind: [correct, predicted, found, gold] (the counts :func:`_prf` takes)."""
    counts: dict[str, list[int]] = {}
    for node in mentioned:
        tally = counts.setdefault(node["kind"], [0, 0, 0, 0])
        tally[0] += any(kind_ok(node, g) and matches(node, g) for g in gold_entities.values())
        tally[1] += 1
    for gid, g in gold_entities.items():
        tally = counts.setdefault(g.get("kind") or "?", [0, 0, 0, 0])
        tally[2] += bool(entity_matches[gid])
        tally[3] += 1
    return counts


def _language(gold: dict[str, Any]) -> str:
    if gold.get("language"):
        return str(gold["language"])
    suffixes = Path(gold["document"]).suffixes
    return suffixes[-2].lstrip(".") if len(suffixes) >= 2 else "?"


class _Totals:
    """Micro-averaged counts of several documents."""

    def __init__(self) -> None:
        self.parts = {"entities": [0, 0, 0, 0], "relations": [0, 0, 0, 0]}
        self.checks: dict[str, list[int]] = {}
        self.kinds: dict[str, list[int]] = {}

    def add(self, scores: dict[str, Any]) -> None:
        for part, tally in self.parts.items():
            s = scores[part]
            for i, value in enumerate((s["correct"], s["predicted"], s["found"], s["gold"])):
                tally[i] += value
        for name, p in scores["properties"]["by_property"].items():
            tally = self.checks.setdefault(name, [0, 0])
            tally[0] += p["correct"]
            tally[1] += p["checked"]
        for kind, counts in scores["entity_kinds"].items():
            tally = self.kinds.setdefault(kind, [0, 0, 0, 0])
            for i, value in enumerate(counts):
                tally[i] += value

    def add_unloaded(self, gold: dict[str, Any]) -> None:
        """A document that failed to load found nothing."""
        self.parts["entities"][3] += len(gold.get("entities") or [])
        self.parts["relations"][3] += len(gold.get("relations") or [])
        for g in gold.get("entities") or []:
            self.kinds.setdefault(g.get("kind") or "?", [0, 0, 0, 0])[3] += 1

    def result(self) -> dict[str, Any]:
        return {
            **{part: _prf(*values) for part, values in self.parts.items()},
            "properties": _accuracy(self.checks),
            "entity_kinds": {kind: _prf(*values) for kind, values in sorted(self.kinds.items())},
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
    overall, languages = _Totals(), {}
    for gold in golds.values():
        name = gold["document"]
        totals = [overall, languages.setdefault(_language(gold), _Totals())]
        if name not in loaded:
            for t in totals:
                t.add_unloaded(gold)
            continue
        scores = score_document(export, doc_ids[loaded[name]], gold)
        scores["language"] = _language(gold)
        scores["entity_kinds"] = {kind: _prf(*values) for kind, values in sorted(scores["entity_kinds"].items())}
        result["documents"][name] = scores
        for t in totals:
            t.add({**scores, "entity_kinds": _raw_kinds(scores["entity_kinds"])})
    result["languages"] = {lang: t.result() for lang, t in sorted(languages.items())}
    result["overall"] = overall.result()
    return result


def _raw_kinds(kinds: dict[str, dict[str, Any]]) -> dict[str, list[int]]:
    return {kind: [s["correct"], s["predicted"], s["found"], s["gold"]] for kind, s in kinds.items()}


def format_report(result: dict[str, Any]) -> str:
    """A table: precision, recall and F1 of entities and relations, and property accuracy, per
    document, per language and overall; then the missed relations and wrong properties."""
    header = f"{'document':<52} {'kind':<10} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}"
    lines = [header, "-" * len(header)]
    rows = [
        *result["documents"].items(),
        *((f"LANGUAGE {lang}", scores) for lang, scores in result.get("languages", {}).items()),
        ("OVERALL", result["overall"]),
    ]
    for name, scores in rows:
        lines += _score_rows(name, scores)
    lines.append("(properties: accuracy in F1, correct and checked in pred and gold)")
    overall = result["overall"]
    lines.append("\nOVERALL property accuracy by property")
    for prop, p in overall["properties"]["by_property"].items():
        lines.append(f"  {prop:<22} {p['accuracy']:>6.3f} {p['correct']:>5} / {p['checked']}")
    lines.append("\nOVERALL entities by kind                P      R     F1  pred  gold")
    for kind, s in overall.get("entity_kinds", {}).items():
        lines.append(
            f"  {kind:<36} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['predicted']:>5} {s['gold']:>5}"
        )
    for name, error in result.get("errors", {}).items():
        lines.append(f"{name}: not loaded ({error})")
    for name, scores in result["documents"].items():
        if scores["missed"]:
            lines.append(f"\n{name}: missed relations")
            lines += [f"  - {m}" for m in scores["missed"]]
        if scores.get("wrong_properties"):
            lines.append(f"\n{name}: wrong properties")
            lines += [f"  - {w}" for w in scores["wrong_properties"]]
    return "\n".join(lines)


def _score_rows(name: str, scores: dict[str, Any]) -> list[str]:
    rows = []
    for part in ("entities", "relations"):
        s = scores[part]
        rows.append(
            f"{name[:52]:<52} {part:<10} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
            f"{s['predicted']:>5} {s['gold']:>5}"
        )
    p = scores["properties"]
    rows.append(
        f"{name[:52]:<52} {'properties':<10} {'':>6} {'':>6} {p['accuracy']:>6.3f} {p['correct']:>5} {p['checked']:>5}"
    )
    return rows
