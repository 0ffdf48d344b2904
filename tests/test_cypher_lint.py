"""Every Cypher statement munigraph sends is one Neo4j 5.26 and 2025.x accept without deprecation.

Neo4j's own linter (``@neo4j-cypher/language-support``, installed by ``.ci/run`` into
tests/cypher_lint) checks: the named queries, the statements generated from the model (writes,
lookups of missing ids, constraints, batched deletes), the Cypher constants of the Python
modules, and, at the end of the test session, every statement the tests made the project send
to the database (recorded by tests/conftest.py; console input typed by users is left out).
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from munigraph.graph import cypher, named
from munigraph.graph.schema import load_model

LINT_DIR = Path(__file__).with_name("cypher_lint")
ROOT = Path(__file__).resolve().parents[1]
CYPHER_START = re.compile(r"^\s*(?:MATCH|OPTIONAL MATCH|UNWIND|CALL|MERGE|CREATE|WITH|RETURN)\b")


def linter_missing() -> str | None:
    if shutil.which("node") is None:
        return "node is absent (apt-get install nodejs)"
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        return f"Neo4j's Cypher linter is not installed (cd {LINT_DIR} && npm ci)"
    return None


# What the linter said of each statement text this session: a statement the tests above linted
# and the tests then sent is not linted again at the session's end (about half a second each).
_LINTED: dict[str, list[dict]] = {}


def lint(statements: dict[str, str]) -> list[str]:
    """One line per error or warning of Neo4j's linter, naming the statement and the Cypher version."""
    todo = list(dict.fromkeys(query for query in statements.values() if query not in _LINTED))
    if todo:
        payload = json.dumps([{"name": str(i), "query": query} for i, query in enumerate(todo)])
        # about half a second a statement on a quiet machine; a loaded one (CI beside other jobs) is
        # several times slower: the time allowed grows with the work, not a fixed ten minutes
        seconds = max(600, 5 * len(todo))
        try:
            done = subprocess.run(
                ["node", "lint.mjs"], cwd=LINT_DIR, input=payload, capture_output=True, text=True, check=True,
                timeout=seconds,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            return [f"Neo4j's Cypher linter gave no answer in {seconds} s for {len(todo)} statements"]
        found: dict[str, list[dict]] = {query: [] for query in todo}
        for problem in json.loads(done.stdout):
            found[todo[int(problem["name"])]].append(problem)
        _LINTED.update(found)
    return [
        f"{name} ({p['version']}, at {p['offset']}): {p['message']}"
        for name, query in statements.items()
        for p in _LINTED[query]
    ]


@pytest.fixture(autouse=True)
def _needs_linter() -> None:
    if (reason := linter_missing()) is not None:
        pytest.skip(reason)


def test_the_linter_refuses_what_neo4j_would_refuse() -> None:
    problems = lint({"typo": "MATCH (n) RETRN n", "old subquery": "MATCH (n) CALL { WITH n RETURN 1 AS x } RETURN x"})
    assert {p.split(" (")[0] for p in problems} == {"typo", "old subquery"}
    assert any("cypher 25" in p for p in problems if p.startswith("old subquery"))


def test_named_queries() -> None:
    statements = {q.name: q.path.read_text(encoding="utf-8") for q in named.list_queries() if q.backend == "cypher"}
    assert len(statements) >= 10
    assert lint(statements) == []


def generated_statements() -> dict[str, str]:
    model = load_model()
    statements: dict[str, str] = {}
    for kind in model.nodes:
        statements[f"merge {kind}"] = cypher.merge_nodes(model, kind, set(model.node_properties(kind)))
        statements[f"missing {kind}"] = cypher.missing_ids(kind)
    for rel_type, spec in model.relationships.items():
        props = set(model.rel_properties(rel_type))
        for source in spec.sources:
            for target in spec.targets:
                statements[f"merge {source}-{rel_type}-{target}"] = cypher.merge_relationships(
                    model, rel_type, source, target, props
                )
    for i, statement in enumerate(cypher.neo4j_constraints(model)):
        statements[f"constraint {i}"] = statement
    return statements


def test_statements_generated_from_the_model() -> None:
    statements = generated_statements()
    assert len(statements) > 30
    assert lint(statements) == []


PACKAGES = {"graph": "munigraph.graph", "loaders": "munigraph.loaders", "queries": "munigraph.queries",
            "webapp": "munigraph.webapp"}  # fmt: skip


def module_constants() -> dict[str, str]:
    """Cypher held in module-level constants (built when the module loads, f-strings included).

    Templates completed later (``str.format`` placeholders) and statements put together inside
    functions are checked as they are sent: see ``pytest_sessionfinish`` in tests/conftest.py.
    """
    found: dict[str, str] = {}
    for folder, package in PACKAGES.items():
        if folder == "queries":
            continue  # query modules are loaded by path (graph/named.py), not imported
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            module_name = ".".join((package, *(p for p in parts if p != "__init__")))
            for name, value in vars(importlib.import_module(module_name)).items():
                if isinstance(value, str) and CYPHER_START.match(value) and not re.search(r"\{\w+\}", value):
                    found[f"{module_name}.{name}"] = value
    return found


def test_cypher_in_python_modules() -> None:
    statements = module_constants()
    assert "munigraph.graph.analytics.links.SIGNALS" in statements
    assert lint(statements) == []
