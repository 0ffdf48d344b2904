"""A command imports what it uses: the read-only commands, each in a fresh process attached to the
running engine, import neither spaCy, networkx nor flask, nor numpy through the driver (issue 15:
a second command in a row is mostly the interpreter's start and its imports)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.store import Store

HEAVY = ("spacy", "networkx", "flask", "numpy")

# Runs one command as `munigraph` does, then prints the heavy packages it left imported
RUN = textwrap.dedent(
    """
    import json, sys
    from munigraph.cli import main
    status = main(sys.argv[1:])
    heavy = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(sys.stdin.read())))
    print(json.dumps({"status": status, "heavy": heavy}))
    """
)

COMMANDS = [
    ["stats"],
    ["query", "sister-cities", "-p", "city=Aville"],
    ["query", "--list"],
    ["cypher", "MATCH (c:City) RETURN c.name AS name"],
    ["export", "--format", "json"],
]


@pytest.fixture
def folder(store: Store) -> Path:
    if store.data_folder is None:
        pytest.skip("a Neo4j server: no engine folder to attach to")
    store.write(
        Batch(
            "seed.csv",
            [Entity("City", "city:a", "Aville", props={"country": "FR"}), Entity("City", "city:b", "Bville")],
            [Relation("TWINNED_WITH", "city:a", "city:b", {"kind": "twinning"}, [Provenance(dataset="seed.csv")])],
        )
    )
    return store.data_folder


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_read_only_command_imports_no_heavy_package(folder: Path, command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", RUN, "--db", str(folder), *command],
        input=json.dumps(HEAVY),
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "MUNIGRAPH_DB": str(folder)},
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"status": 0, "heavy": []}, done.stderr
