"""Settings declared once: the README's table is generated from them, nothing else reads the environment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from munigraph.graph.errors import MunigraphError
from munigraph.graph.settings import Settings, markdown_table
from munigraph.graph.store import Store

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("graph", "loaders", "queries", "webapp", "munigraph")


def test_readme_configuration_table_is_generated_from_the_settings() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(
        r"<!-- settings table: generated, do not edit -->\n(.*?)\n<!-- end of settings table -->", readme, re.S
    )
    assert found, "the README lost its generated settings table"
    assert found.group(1) == markdown_table(), "regenerate it: python -m munigraph.graph.settings"


def test_only_the_settings_module_reads_the_environment() -> None:
    readers = [
        str(path.relative_to(ROOT))
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if path.name != "settings.py" and re.search(r"os\.environ|getenv\(", path.read_text(encoding="utf-8"))
    ]
    assert readers == [], "declare the setting in graph/settings.py and pass it down"


def test_environment_then_overrides_then_defaults() -> None:
    settings = Settings.from_env({"MUNIGRAPH_DB": "/env/db", "MUNIGRAPH_ENGINE_IDLE": "30"}, db="/cli/db", heap=None)
    assert (settings.db, settings.engine_idle, settings.heap, settings.neo4j_uri) == ("/cli/db", 30.0, "2g", None)
    assert Settings.from_env({"NEO4J_URI": ""}).neo4j_uri is None  # empty is unset


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("MUNIGRAPH_CONSOLE_ROWS", "many"),
        ("MUNIGRAPH_CONSOLE_ROWS", "0"),
        ("MUNIGRAPH_ENGINE_IDLE", "-5"),
        ("MUNIGRAPH_HEAP", "lots"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable(variable: str, value: str) -> None:
    with pytest.raises(MunigraphError, match=f"^{variable}='{value}' is not valid"):
        Settings.from_env({variable: value})


def test_the_store_says_where_its_folder_is(session_store: Store) -> None:
    if session_store.settings.neo4j_uri:
        assert session_store.data_folder is None
    else:
        assert session_store.data_folder == Path(session_store.label).resolve()
        assert (session_store.data_folder / "databases").is_dir()
