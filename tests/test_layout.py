"""The layout stays readable: each layer imports only the layers below it, and every package
folder is installed (pyproject.toml's explicit package list)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"graph": "munigraph.graph", "loaders": "munigraph.loaders", "queries": "munigraph.queries",
           "webapp": "munigraph.webapp"}  # fmt: skip
# what each layer may not import: graph is the ground floor; the command line sits on top
FORBIDDEN = {
    "graph": ("munigraph.loaders", "munigraph.webapp", "munigraph.queries", "munigraph.cli"),
    "loaders": ("munigraph.webapp", "munigraph.cli"),
    "queries": ("munigraph.loaders", "munigraph.webapp", "munigraph.cli"),
    "webapp": ("munigraph.cli",),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import statement in a Python file, functions included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_layers_import_only_below_them(folder: str) -> None:
    offences = [
        f"{path.relative_to(ROOT)}:{line}: imports {module}"
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, module in imported_modules(path)
        if module.startswith(FORBIDDEN[folder])
    ]
    assert offences == []


def test_no_module_imports_the_old_top_level_names() -> None:
    """graph/loaders/queries/webapp are only importable as munigraph.*; a bare name would be another package."""
    offences = [
        f"{path.relative_to(ROOT)}:{line}: imports {module}"
        for folder in ("munigraph", *FOLDERS, "tests", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, module in imported_modules(path)
        if module.split(".")[0] in FOLDERS
    ]
    assert offences == []


def test_every_package_folder_is_installed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    expected = {"munigraph"}
    for folder, package in FOLDERS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(ROOT / folder).parts
            expected.add(".".join((package, *parts)))
    assert listed == expected
