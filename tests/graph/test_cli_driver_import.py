"""The read-only commands import the neo4j driver without its numpy support (a quarter of their
CPU time attached to a running engine); numpy stays importable afterwards."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHECK = textwrap.dedent(
    """
    import sys
    from munigraph import cli
    cli._import_driver_without_extras()
    from neo4j import _optional_deps
    assert _optional_deps.np is None and _optional_deps.pd is None, "the driver took numpy"
    assert "numpy" not in sys.modules
    import numpy  # networkx's analytics need it later in the same command
    import networkx
    assert networkx.pagerank(networkx.path_graph(3))
    cli._import_driver_without_extras()  # once the driver is in, nothing changes
    assert sys.modules["numpy"] is numpy
    print("ok")
    """
)


def test_driver_imported_without_numpy_then_numpy_usable() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_driver_already_imported_is_left_alone() -> None:
    import neo4j  # noqa: F401  (the test process has it, as a test run or a web worker would)

    from munigraph import cli

    before = dict(sys.modules)
    cli._import_driver_without_extras()
    assert {k: v for k, v in sys.modules.items() if k in cli._DRIVER_EXTRAS} == {
        k: v for k, v in before.items() if k in cli._DRIVER_EXTRAS
    }
